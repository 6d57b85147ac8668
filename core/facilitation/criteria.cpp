#include "criteria.h"

#include "analysis/rules/rule_text.h"

#include <QCoreApplication>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace sb {

namespace {

struct CriteriaTr {
    Q_DECLARE_TR_FUNCTIONS(sb::facilitation)
};

size_t slot(Criterion c) {
    const auto i = static_cast<size_t>(c);
    return i < static_cast<size_t>(criterionCount) ? i : 0;
}

bool filled(const QString& text) {
    return !text.trimmed().isEmpty();
}

// The stream's slice, when it names one the map holds.
const Slice* sliceOf(const Map& map, const Stream& stream) {
    return stream.slice.isEmpty() ? nullptr : map.find<Slice>(stream.slice);
}

// Cells of the slice with both an outcome and a metric: the proof that a step worked.
int proofPoints(const Map& map, const Slice& slice) {
    int n = 0;
    for (const Cell& c : map.cells)
        n += c.slice == slice.id && filled(c.outcome) && filled(c.metric);
    return n;
}

struct Assessment {
    bool met = false;
    QString explanation;
};

Assessment timeIntegrity(const Map& map, const Stream& stream) {
    const bool trigger = filled(stream.card[CardField::Trigger]);
    const bool finish = filled(stream.card[CardField::FinishLine]);
    const Slice* slice = sliceOf(map, stream);
    const int proofs = slice ? proofPoints(map, *slice) : 0;
    if (trigger && finish && proofs > 0) {
        const QString triggerText = stream.card[CardField::Trigger].trimmed();
        const QString finishLine = stream.card[CardField::FinishLine].trimmed();
        if (proofs == 1)
            return {true,
                    CriteriaTr::tr("Starts at “%1”, finishes at “%2”, with 1 proof point in the "
                                   "grid of “%3”.")
                        .arg(triggerText, finishLine, slice->name)};
        return {true,
                CriteriaTr::tr("Starts at “%1”, finishes at “%2”, with %3 proof points in the grid "
                               "of “%4”.")
                    .arg(triggerText, finishLine, QString::number(proofs), slice->name)};
    }
    QStringList missing;
    if (!trigger)
        missing << CriteriaTr::tr("a trigger on the card");
    if (!finish)
        missing << CriteriaTr::tr("a finish line on the card");
    if (!slice)
        missing << CriteriaTr::tr("a customer slice, whose grid holds the proof points");
    else if (proofs == 0)
        missing << CriteriaTr::tr("a grid cell of “%1” with both an outcome and a metric")
                       .arg(slice->name);
    return {false, CriteriaTr::tr("Missing: %1.").arg(rules::sentenceList(missing))};
}

Assessment customerClarity(const Map& map, const Stream& stream) {
    const Slice* slice = sliceOf(map, stream);
    const QString forText = stream.card[CardField::For].trimmed();
    const QString northStar = stream.card[CardField::NorthStar].trimmed();
    const bool who = slice || !forText.isEmpty();
    const bool single = isSingleMetric(northStar);
    if (who && single) {
        const QString whom = slice ? slice->name : forText.section(u'\n', 0, 0);
        return {true, CriteriaTr::tr("Serves “%1”, judged by one north-star metric: “%2”.")
                          .arg(whom, northStar)};
    }
    QStringList missing;
    if (!who)
        missing << CriteriaTr::tr("who it serves (a customer slice, or the card's For)");
    if (northStar.isEmpty())
        missing << CriteriaTr::tr("a north-star metric");
    QString text = missing.isEmpty()
                       ? QString()
                       : CriteriaTr::tr("Missing: %1.").arg(rules::sentenceList(missing));
    if (!northStar.isEmpty() && !single) {
        if (!text.isEmpty())
            text += u' ';
        text +=
            CriteriaTr::tr("The north star names several measures: keep one and move the others to "
                           "the supporting metrics.");
    }
    return {false, text};
}

Assessment assess(const Map& map, const Stream& stream, Criterion criterion) {
    switch (criterion) {
    case Criterion::TimeIntegrity:
        return timeIntegrity(map, stream);
    case Criterion::CustomerClarity:
        return customerClarity(map, stream);
    default:
        break;
    }
    return {stream.criteria.checks[slot(criterion)].met, {}};
}

} // namespace

bool isDerived(Criterion criterion) {
    return criterion == Criterion::TimeIntegrity || criterion == Criterion::CustomerClarity;
}

bool isSingleMetric(const QString& northStar) {
    const QString text = northStar.trimmed();
    return !text.isEmpty() && !text.contains(u'\n') && !text.contains(u';');
}

bool criterionMet(const Map& map, const Stream& stream, Criterion criterion) {
    return assess(map, stream, criterion).met;
}

QString criterionExplanation(const Map& map, const Stream& stream, Criterion criterion) {
    return assess(map, stream, criterion).explanation;
}

QString criterionLabel(Criterion criterion) {
    static const std::array<const char*, criterionCount> words = {
        QT_TRANSLATE_NOOP("sb::facilitation", "Time integrity"),
        QT_TRANSLATE_NOOP("sb::facilitation", "Customer clarity"),
        QT_TRANSLATE_NOOP("sb::facilitation", "Policy and SLA deltas"),
        QT_TRANSLATE_NOOP("sb::facilitation", "Cadence and learning"),
        QT_TRANSLATE_NOOP("sb::facilitation", "Blast radius"),
        QT_TRANSLATE_NOOP("sb::facilitation", "Simplicity")};
    return CriteriaTr::tr(words[slot(criterion)]);
}

QString criterionDescription(Criterion criterion) {
    static const std::array<const char*, criterionCount> words = {
        QT_TRANSLATE_NOOP("sb::facilitation",
                          "It has a clear start and a clear finish, and the grid shows how each "
                          "step proves it worked."),
        QT_TRANSLATE_NOOP("sb::facilitation",
                          "It serves one specific segment, persona or job and is judged by one "
                          "north-star metric."),
        QT_TRANSLATE_NOOP("sb::facilitation",
                          "Its obligations (policies, SLAs, regulation) differ enough from the "
                          "others' to justify its own stream."),
        QT_TRANSLATE_NOOP("sb::facilitation",
                          "It changes at its own rhythm or with its own appetite for risk, so "
                          "sharing a cadence would slow one side down."),
        QT_TRANSLATE_NOOP("sb::facilitation",
                          "When something in it fails, the failure stays inside the stream."),
        QT_TRANSLATE_NOOP("sb::facilitation",
                          "Someone new to the map could explain this stream's place in it in "
                          "under a minute.")};
    return CriteriaTr::tr(words[slot(criterion)]);
}

} // namespace sb
