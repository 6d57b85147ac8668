#include "headline_cards.h"

#include "canvas/canvas_style.h"
#include "metric_card.h"
#include "metric_text.h"

#include <QGridLayout>
#include <QResizeEvent>
#include <algorithm>

namespace sb::panels {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int cardMinWidth = 175;
}

HeadlineCards::HeadlineCards(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this)) {
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(6);
    const QStringList labels = {tr("Lead time"),   tr("Process time"), tr("Flow efficiency"),
                                tr("Rolled %C&A"), tr("Handoffs"),     tr("Hops"),
                                tr("Teams")};
    for (const QString& label : labels)
        m_cards.append(new MetricCard(label, this));
    m_cards[LeadTime]->setToolTip(tr("Elapsed time from start to finish along the critical path"));
    m_cards[ProcessTime]->setToolTip(tr("Time spent working along the critical path"));
    m_cards[FlowEfficiency]->setToolTip(tr("Process time ÷ lead time"));
    m_cards[RolledPctCA]->setToolTip(
        tr("The share of work that passes every stage complete and accurate"));
    m_cards[Handoffs]->setToolTip(tr("Flows between stages owned by different teams"));
    arrange(2);
}

MetricCard* HeadlineCards::card(Card card) const {
    return m_cards[std::clamp(static_cast<int>(card), 0, cardCount - 1)];
}

void HeadlineCards::arrange(int columns) {
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (MetricCard* card : std::as_const(m_cards))
        m_grid->removeWidget(card);
    for (int i = 0; i < m_cards.size(); ++i)
        m_grid->addWidget(m_cards[i], i / columns, i % columns);
    for (int c = 0; c < cardCount; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
}

void HeadlineCards::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    arrange(std::clamp(event->size().width() / cardMinWidth, 2, 4));
}

void HeadlineCards::setFigures(const HeadlineFigures& f, bool wholeMap,
                               const MapSettings& settings) {
    const double day = settings.workingDayHours;
    const QColor warning = canvas::style::handoff();
    const QColor violation = canvas::style::violation();

    auto timesSub = [&](const QString& streamText) {
        if (!f.leadTime)
            return wholeMap ? tr("No stream has a lead time: flows go round in a circle")
                            : tr("Flows go round in a circle");
        if (!wholeMap)
            return streamText;
        const int summed = f.streams - f.streamsWithoutLeadTime;
        QString text =
            summed == 1 ? tr("Sum over 1 stream") : tr("Sum over %1 streams").arg(summed);
        if (f.streamsWithoutLeadTime > 0)
            text += u"; "_s + tr("%1 left out (flows in a circle)").arg(f.streamsWithoutLeadTime);
        return text;
    };
    // Nothing to measure without a stage, nor a flow efficiency without a lead time (0 ÷ 0).
    const bool measured = f.stages > 0;
    const QString noStage = wholeMap ? tr("No stream has a stage yet") : tr("No stage yet");
    m_cards[LeadTime]->setValue(measured ? metric_text::duration(f.leadTime, day)
                                         : metric_text::nothing());
    m_cards[LeadTime]->setSubLine(
        !measured ? noStage
                  : timesSub(f.criticalPathStages == 1
                                 ? tr("Critical path of 1 stage")
                                 : tr("Critical path of %1 stages").arg(f.criticalPathStages)));
    m_cards[ProcessTime]->setValue(measured ? metric_text::duration(f.processTime, day)
                                            : metric_text::nothing());
    m_cards[ProcessTime]->setSubLine(measured ? timesSub(tr("Work along the critical path"))
                                              : noStage);

    const bool noLeadTime = f.leadTime && *f.leadTime <= 0;
    m_cards[FlowEfficiency]->setValue(
        measured && !noLeadTime ? metric_text::percent(f.flowEfficiency) : metric_text::nothing());
    m_cards[FlowEfficiency]->setSubLine(!measured    ? noStage
                                        : noLeadTime ? tr("No lead time to divide by")
                                        : wholeMap   ? tr("Total process ÷ total lead time")
                                                     : tr("Process ÷ lead time"));
    m_cards[RolledPctCA]->setValue(measured ? metric_text::percent(f.rolledPctCA)
                                            : metric_text::nothing());
    m_cards[RolledPctCA]->setSubLine(!measured  ? noStage
                                     : wholeMap ? tr("Mean over the streams")
                                                : tr("Complete & accurate at every stage"));

    m_cards[Handoffs]->setValue(QString::number(f.handoffs), f.handoffs > 0 ? warning : QColor());
    m_cards[Handoffs]->setSubLine(wholeMap ? tr("Summed over the streams")
                                           : tr("Changes of owning team"));

    m_cards[Hops]->setValue(QString::number(f.hops), f.hops >= 2 ? violation : QColor());
    const QString path = f.farthestPath.join(u" → "_s);
    if (wholeMap)
        m_cards[Hops]->setSubLine(tr("Most in one stream; aim for 1 at most"));
    else
        m_cards[Hops]->setSubLine(f.farthestPath.size() > 1 ? path : tr("Aim for 1 at most"));
    m_cards[Hops]->setToolTip(path.isEmpty() ? tr("Hops to the farthest team")
                                             : tr("Hops to the farthest team: %1").arg(path));

    const int teams = static_cast<int>(f.teams.size());
    m_cards[Teams]->setValue(QString::number(teams),
                             !wholeMap && teams > settings.coordinationMaxTeams ? warning
                                                                                : QColor());
    m_cards[Teams]->setSubLine(wholeMap ? tr("Distinct teams on the streams")
                                        : tr("Teams to coordinate with"));
    m_cards[Teams]->setToolTip(f.teams.isEmpty() ? tr("No team") : f.teams.join(u", "_s));
}

} // namespace sb::panels
