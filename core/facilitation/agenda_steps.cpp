#include "agenda_steps.h"

#include <QCoreApplication>

namespace sb {

namespace {
struct AgendaStepsTr {
    Q_DECLARE_TR_FUNCTIONS(sb::agenda)
};
} // namespace

QList<AgendaStep> agendaSteps() {
    QList<AgendaStep> steps;
    for (int i = 0; i < agendaStepCount; ++i)
        steps.append(static_cast<AgendaStep>(i));
    return steps;
}

QString agendaTitle(AgendaStep step) {
    switch (step) {
    case AgendaStep::Slices:
        return AgendaStepsTr::tr("Name the customer slices");
    case AgendaStep::Outcomes:
        return AgendaStepsTr::tr("Say what winning looks like");
    case AgendaStep::Timeline:
        return AgendaStepsTr::tr("Draw the journey");
    case AgendaStep::Grid:
        return AgendaStepsTr::tr("Fill the grid");
    case AgendaStep::Divergences:
        return AgendaStepsTr::tr("Find the real forks");
    case AgendaStep::Streams:
        return AgendaStepsTr::tr("Propose value streams");
    case AgendaStep::Shared:
        return AgendaStepsTr::tr("Pull out shared capabilities");
    case AgendaStep::Staffing:
        break;
    }
    return AgendaStepsTr::tr("Check who will run it");
}

QString agendaGoal(AgendaStep step) {
    switch (step) {
    case AgendaStep::Slices:
        return AgendaStepsTr::tr(
            "Agree on whom you serve: the segments, personas or jobs you can win, "
            "support and keep.");
    case AgendaStep::Outcomes:
        return AgendaStepsTr::tr(
            "Make success visible for every slice, so it can be measured later.");
    case AgendaStep::Timeline:
        return AgendaStepsTr::tr(
            "Follow the customer from first contact to the end, with the same columns "
            "for every slice.");
    case AgendaStep::Grid:
        return AgendaStepsTr::tr(
            "Swap assumptions for specifics, one slice × step cell at a time.");
    case AgendaStep::Divergences:
        return AgendaStepsTr::tr(
            "Tell the places where slices truly part ways from ordinary differences.");
    case AgendaStep::Streams:
        return AgendaStepsTr::tr(
            "Turn each distinct path into a stream one team can own end to end.");
    case AgendaStep::Shared:
        return AgendaStepsTr::tr("Build what several streams need once, and run it as a service.");
    case AgendaStep::Staffing:
        break;
    }
    return AgendaStepsTr::tr("Show that the design works with the people you actually have.");
}

QString agendaOutcome(AgendaStep step) {
    switch (step) {
    case AgendaStep::Slices:
        return AgendaStepsTr::tr(
            "Two to five slices the room can point to in its pipeline and roadmap.");
    case AgendaStep::Outcomes:
        return AgendaStepsTr::tr(
            "One sentence per slice, “We win when … for …”, with a finish line you can "
            "measure.");
    case AgendaStep::Timeline:
        return AgendaStepsTr::tr("One shared timeline of at least three steps.");
    case AgendaStep::Grid:
        return AgendaStepsTr::tr(
            "Every cell says what the customer wants, what they get, how you know it "
            "worked and the one metric you track.");
    case AgendaStep::Divergences:
        return AgendaStepsTr::tr(
            "A few forks marked on the grid, each one justified, or a recorded "
            "“no material divergence”.");
    case AgendaStep::Streams:
        return AgendaStepsTr::tr(
            "Two to four customer streams, each with an owner team and a card giving "
            "its trigger, finish line, outcome and north-star metric.");
    case AgendaStep::Shared:
        return AgendaStepsTr::tr(
            "What two or more streams depend on sits with a supporting stream or a "
            "platform team, and everything depended on has an owner and an SLA.");
    case AgendaStep::Staffing:
        break;
    }
    return AgendaStepsTr::tr("Every stream has an owner team and no staffing warning is left.");
}

} // namespace sb
