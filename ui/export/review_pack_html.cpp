#include "review_pack_html.h"

#include "canvas/canvas_style.h"
#include "facilitation/action_drafts.h"
#include "facilitation/criteria.h"
#include "facilitation/roadmap_order.h"
#include "model/duration.h"
#include "panels/labels.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace sb::exporting {

namespace style = canvas::style;

namespace {

struct ReviewPackHtmlTr {
    Q_DECLARE_TR_FUNCTIONS(sb::exporting)
};

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}
QString hex(const QColor& c) {
    return c.name(QColor::HexRgb);
}
const QString dash = u"—"_s;

QString percent(double fraction) {
    return QLocale().toString(fraction * 100, 'f', 1) + u'%';
}

QString durationOrDash(const std::optional<double>& seconds, double dayHours) {
    return seconds ? duration::format(*seconds, dayHours) : dash;
}

// Vertical room between blocks; QTextDocument drops a paragraph's bottom margin before a table.
// A page's opening: a small grey kicker ("CUSTOMER STREAM") over its large title.
QString pageHeading(const QString& kicker, const QString& title) {
    return u"<p style=\"font-size:11px; color:%1; margin:0px\">%2</p>"_s.arg(hex(style::mutedInk()),
                                                                             esc(kicker)) +
           u"<p style=\"font-size:24px; font-weight:bold; margin-top:2px; "
           "margin-bottom:2px\">"_s +
           esc(title) + u"</p>"_s;
}

QString spacer(int pixels) {
    return u"<p style=\"margin:0px; font-size:%1px\">&nbsp;</p>"_s.arg(pixels);
}

QString heading(const QString& text) {
    return u"<p style=\"font-size:15px; font-weight:bold; margin-top:0px; margin-bottom:6px\">"_s +
           esc(text) + u"</p>"_s;
}

// A two-column table of labels and values; values are already HTML.
QString labelledTable(const QList<std::pair<QString, QString>>& rows, int labelWidth) {
    QString html = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">"_s;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        html += u"<tr%1><td width=\"%2\" style=\"color:%3; font-size:11px; font-weight:bold\">%4"
                u"</td><td>%5</td></tr>"_s
                    .arg(i % 2 ? QString() : u" bgcolor=\"%1\""_s.arg(hex(style::headerFill())))
                    .arg(labelWidth)
                    .arg(hex(style::mutedInk()), esc(rows[i].first), rows[i].second);
    }
    return html + u"</table>"_s;
}

QString textOrDash(const QString& text) {
    return text.trimmed().isEmpty()
               ? u"<span style=\"color:%1\">%2</span>"_s.arg(hex(style::faintInk()), dash)
               : esc(text).replace(u'\n', u"<br/>"_s);
}

// The six decision criteria in two columns, ticked when met (the derived ones as Streamboard
// judges them), each with the room's note; compact, so the stream's page keeps to one page.
QString criteriaTable(const Map& map, const Stream& stream) {
    QString html = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">"_s;
    for (int i = 0; i < criterionCount; ++i) {
        const auto criterion = static_cast<Criterion>(i);
        const bool met = criterionMet(map, stream, criterion);
        QString cell = u"<span style=\"color:%1\">%2</span> %3"_s.arg(
            hex(met ? style::ink() : style::faintInk()), met ? u"✓"_s : u"○"_s,
            met ? u"<b>%1</b>"_s.arg(esc(criterionLabel(criterion)))
                : esc(criterionLabel(criterion)));
        if (const QString note = stream.criteria[criterion].note.trimmed(); !note.isEmpty())
            cell += u"<br/><span style=\"font-size:11px; color:%1\">%2</span>"_s.arg(
                hex(style::mutedInk()), esc(note).replace(u'\n', u"<br/>"_s));
        if (i % 2 == 0)
            html += u"<tr%1>"_s.arg(i % 4 ? QString()
                                          : u" bgcolor=\"%1\""_s.arg(hex(style::headerFill())));
        html += u"<td width=\"50%\" valign=\"top\">"_s + cell + u"</td>"_s;
        if (i % 2 == 1)
            html += u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

QColor severityColor(Severity s) {
    switch (s) {
    case Severity::Error:
        return QColor(0xb3, 0x26, 0x1e);
    case Severity::Warning:
        return QColor(0xa8, 0x5d, 0x00);
    case Severity::Info:
        break;
    }
    return style::mutedInk();
}

QString severityLabel(Severity s) {
    switch (s) {
    case Severity::Error:
        return ReviewPackHtmlTr::tr("Error");
    case Severity::Warning:
        return ReviewPackHtmlTr::tr("Warning");
    case Severity::Info:
        break;
    }
    return ReviewPackHtmlTr::tr("Info");
}

QString namesOf(const Map& map, const QList<Id>& ids, const QString& separator) {
    QStringList names;
    for (const Id& id : ids)
        names << map.nameOf(id);
    return names.isEmpty() ? dash : esc(names.join(separator));
}

} // namespace

QList<Finding> findingsAbout(const Map& map, const Stream& stream, const QList<Finding>& all) {
    QSet<Id> ids{stream.id};
    for (const Stage& s : map.stages)
        if (s.stream == stream.id)
            ids.insert(s.id);
    QList<Finding> about;
    for (const Finding& f : all)
        if (std::any_of(f.subjects.cbegin(), f.subjects.cend(),
                        [&](const Id& id) { return ids.contains(id); }))
            about.append(f);
    return about;
}

QString streamPageHtml(const Map& map, const Stream& stream, const AnalysisResult& analysis) {
    const double dayHours = map.info.settings.workingDayHours;
    StreamMetrics metrics;
    for (const StreamMetrics& m : analysis.metrics)
        if (m.stream == stream.id)
            metrics = m;
    StreamAnalysis teams;
    for (const StreamAnalysis& s : analysis.streams)
        if (s.stream == stream.id)
            teams = s;

    QString html = u"<html><body>"_s;
    html += pageHeading(stream.kind == StreamKind::Supporting
                            ? ReviewPackHtmlTr::tr("SUPPORTING STREAM")
                            : ReviewPackHtmlTr::tr("CUSTOMER STREAM"),
                        stream.name);
    QStringList about;
    if (!stream.owner.isEmpty())
        about << u"<span style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;</span>&nbsp;%2"_s.arg(
            hex(map.teamColor(stream.owner)),
            esc(ReviewPackHtmlTr::tr("Owned by %1").arg(map.nameOf(stream.owner))));
    else
        about << esc(ReviewPackHtmlTr::tr("No owner team"));
    if (!stream.slice.isEmpty())
        about << esc(ReviewPackHtmlTr::tr("Serves %1").arg(map.nameOf(stream.slice)));
    html += u"<p style=\"color:%1; margin-top:0px; margin-bottom:0px\">%2</p>"_s.arg(
        hex(style::mutedInk()), about.join(u" · "_s));
    html += spacer(14);

    QList<std::pair<QString, QString>> card;
    for (int i = 0; i < cardFieldCount; ++i) {
        const auto field = static_cast<CardField>(i);
        card.append({panels::cardFieldLabel(field), textOrDash(stream.card[field])});
    }
    const QString cycleNote = ReviewPackHtmlTr::tr("none: the flows form a cycle");
    const QList<std::pair<QString, QString>> figures = {
        {ReviewPackHtmlTr::tr("Lead time"),
         metrics.leadTime ? esc(duration::format(*metrics.leadTime, dayHours)) : esc(cycleNote)},
        {ReviewPackHtmlTr::tr("Process time"), durationOrDash(metrics.processTime, dayHours)},
        {ReviewPackHtmlTr::tr("Flow efficiency"),
         metrics.flowEfficiency ? percent(*metrics.flowEfficiency) : dash},
        {ReviewPackHtmlTr::tr("Rolled %C&A"), percent(metrics.rolledPctCA)},
        {ReviewPackHtmlTr::tr("Handoffs"), QString::number(metrics.handoffs)},
        {ReviewPackHtmlTr::tr("Hops"), QString::number(teams.hops)},
        {ReviewPackHtmlTr::tr("Counted teams"), namesOf(map, teams.teams, u", "_s)},
        {ReviewPackHtmlTr::tr("Critical path"), namesOf(map, metrics.criticalPath, u" → "_s)},
    };

    QString findings;
    const QList<Finding> mine = findingsAbout(map, stream, analysis.findings);
    if (mine.isEmpty()) {
        findings = u"<p style=\"color:%1\">%2</p>"_s.arg(
            hex(style::mutedInk()), esc(ReviewPackHtmlTr::tr("No findings for this stream.")));
    } else {
        findings = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">"_s;
        for (const Finding& f : mine)
            findings +=
                u"<tr><td width=\"70\" style=\"color:%1; font-size:11px; "
                u"font-weight:bold\">%2</td><td>%3</td></tr>"_s.arg(
                    hex(severityColor(f.severity)), esc(severityLabel(f.severity)), esc(f.message));
        findings += u"</table>"_s;
    }

    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"_s;
    html += u"<td width=\"55%\" valign=\"top\">"_s +
            heading(ReviewPackHtmlTr::tr("Value Stream Card")) + labelledTable(card, 150) +
            spacer(10) + heading(ReviewPackHtmlTr::tr("Decision criteria")) +
            criteriaTable(map, stream) + u"</td>"_s;
    html += u"<td width=\"3%\"></td>"_s;
    html += u"<td width=\"42%\" valign=\"top\">"_s + heading(ReviewPackHtmlTr::tr("Metrics")) +
            labelledTable(figures, 120) + spacer(16) +
            heading(ReviewPackHtmlTr::tr("Findings (%1)").arg(mine.size())) + findings + u"</td>"_s;
    html += u"</tr></table></body></html>"_s;
    return html;
}

QString roadmapPageHtml(const Map& map, const QList<Finding>& findings, QDate today) {
    const QList<Action> actions = inRoadmapOrder(map.actions);
    const QColor overdueColor(0xb3, 0x26, 0x1e);
    int open = 0;
    int done = 0;
    int overdue = 0;
    for (const Action& a : actions) {
        open += a.status == ActionStatus::Planned || a.status == ActionStatus::InProgress;
        done += a.status == ActionStatus::Done;
        overdue += isOverdue(a, today);
    }
    QString summary = actions.size() == 1
                          ? ReviewPackHtmlTr::tr("1 action: %1 open, %2 done").arg(open).arg(done)
                          : ReviewPackHtmlTr::tr("%1 actions: %2 open, %3 done")
                                .arg(actions.size())
                                .arg(open)
                                .arg(done);
    if (overdue > 0)
        summary += u" · "_s + ReviewPackHtmlTr::tr("%1 overdue on %2")
                                  .arg(overdue)
                                  .arg(QLocale().toString(today, QLocale::ShortFormat));

    QString html = u"<html><body>"_s;
    html += pageHeading(ReviewPackHtmlTr::tr("ROADMAP"), ReviewPackHtmlTr::tr("Action roadmap"));
    html += u"<p style=\"color:%1; margin-top:0px; margin-bottom:0px\">%2</p>"_s.arg(
        hex(style::mutedInk()), esc(summary));
    html += spacer(14);
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"><tr bgcolor=\"%1\">"_s.arg(
        hex(style::headerFill()));
    const QList<std::pair<QString, int>> headers = {{ReviewPackHtmlTr::tr("Action"), 34},
                                                    {ReviewPackHtmlTr::tr("Owner"), 16},
                                                    {ReviewPackHtmlTr::tr("Due"), 11},
                                                    {ReviewPackHtmlTr::tr("Status"), 10},
                                                    {ReviewPackHtmlTr::tr("About"), 29}};
    for (const auto& [h, width] : headers)
        html += u"<td width=\"%1%\" style=\"font-size:11px; font-weight:bold; color:%2\">%3</td>"_s
                    .arg(width)
                    .arg(hex(style::mutedInk()), esc(h));
    html += u"</tr>"_s;
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const Action& a = actions[i];
        const bool closed = a.status == ActionStatus::Done || a.status == ActionStatus::Dropped;
        const QString ink = hex(closed ? style::mutedInk() : style::ink());
        html += i % 2 ? u"<tr bgcolor=\"%1\">"_s.arg(hex(style::laneFill(true))) : u"<tr>"_s;
        QString title = u"<span style=\"font-weight:bold; color:%1%2\">%3</span>"_s.arg(
            ink,
            a.status == ActionStatus::Dropped ? u"; text-decoration:line-through"_s : QString(),
            esc(a.title));
        if (!a.note.trimmed().isEmpty())
            title += u"<br/><span style=\"font-size:11px; color:%1\">%2</span>"_s.arg(
                hex(style::mutedInk()), esc(a.note.trimmed()).replace(u'\n', u"<br/>"_s));
        html += u"<td valign=\"top\">"_s + title + u"</td>"_s;
        const QString owner =
            a.owner.isEmpty()
                ? u"<span style=\"color:%1\">%2</span>"_s.arg(hex(style::faintInk()), dash)
                : u"<span style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;</span>&nbsp;%2"_s.arg(
                      hex(map.teamColor(a.owner)), esc(map.nameOf(a.owner)));
        html += u"<td valign=\"top\">"_s + owner + u"</td>"_s;
        QString due =
            a.due.isValid()
                ? esc(QLocale().toString(a.due, QLocale::ShortFormat))
                : u"<span style=\"color:%1\">%2</span>"_s.arg(hex(style::faintInk()), dash);
        if (isOverdue(a, today))
            due = u"<span style=\"color:%1; font-weight:bold\">%2<br/>%3</span>"_s.arg(
                hex(overdueColor), due, esc(ReviewPackHtmlTr::tr("overdue")));
        html += u"<td valign=\"top\">"_s + due + u"</td>"_s;
        html += u"<td valign=\"top\" style=\"color:%1\">%2</td>"_s.arg(
            ink, esc(panels::actionStatusLabel(a.status)));
        QStringList about;
        for (const Id& id : a.links)
            about << esc(map.nameOf(id));
        for (const QString& key : a.findings) {
            const auto f = std::find_if(findings.cbegin(), findings.cend(),
                                        [&](const Finding& x) { return findingKey(x) == key; });
            about << (f != findings.cend()
                          ? esc(ReviewPackHtmlTr::tr("Finding: %1").arg(f->message))
                          : esc(ReviewPackHtmlTr::tr("Finding no longer raised: %1")
                                    .arg(key.section(u':', 0, 0))));
        }
        html += u"<td valign=\"top\" style=\"font-size:11px\">%1</td>"_s.arg(
            about.isEmpty() ? dash : about.join(u"<br/>"_s));
        html += u"</tr>"_s;
    }
    return html + u"</table></body></html>"_s;
}

QString comparisonPageHtml(const Map& baseline, const Map& future,
                           const MapComparison& comparison) {
    const QList<StreamComparison>& rows = comparison.streams;
    const double beforeHours = baseline.info.settings.workingDayHours;
    const double afterHours = future.info.settings.workingDayHours;
    const QColor better(0x1e, 0x7b, 0x4a);
    const QColor worse(0xb3, 0x26, 0x1e);

    // "before → after", the after part green when it improved and red when it got worse.
    auto cell = [&](const QString& before, const QString& after, int direction) {
        QString color = hex(style::ink());
        if (direction > 0)
            color = hex(better);
        else if (direction < 0)
            color = hex(worse);
        return u"<td>%1 <span style=\"color:%2\">→</span> <span style=\"color:%3; "
               u"font-weight:bold\">%4</span></td>"_s.arg(esc(before), hex(style::faintInk()),
                                                          color, esc(after));
    };
    // +1 when lower is better and it went down, -1 when it went up.
    auto lowerIsBetter = [](const std::optional<double>& b, const std::optional<double>& a) {
        if (!a || !b || qFuzzyCompare(*a + 1, *b + 1))
            return 0;
        return *a < *b ? 1 : -1;
    };

    QString html = u"<html><body>"_s;
    html +=
        pageHeading(ReviewPackHtmlTr::tr("COMPARISON"), ReviewPackHtmlTr::tr("Before and after"));
    html += u"<p style=\"color:%1; margin-top:0px; margin-bottom:0px\">%2</p>"_s.arg(
        hex(style::mutedInk()),
        esc(ReviewPackHtmlTr::tr(
                "“%1” compared with its baseline “%2”. Green is better, red is worse.")
                .arg(future.info.name, baseline.info.name)));
    html += spacer(14);
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"><tr bgcolor=\"%1\">"_s.arg(
        hex(style::headerFill()));
    for (const QString& h :
         {ReviewPackHtmlTr::tr("Stream"), ReviewPackHtmlTr::tr("Lead time"),
          ReviewPackHtmlTr::tr("Process time"), ReviewPackHtmlTr::tr("Flow efficiency"),
          ReviewPackHtmlTr::tr("Handoffs"), ReviewPackHtmlTr::tr("Hops")})
        html += u"<td style=\"font-size:11px; font-weight:bold; color:%1\">%2</td>"_s.arg(
            hex(style::mutedInk()), esc(h));
    html += u"</tr>"_s;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const StreamComparison& r = rows[i];
        html += i % 2 ? u"<tr bgcolor=\"%1\">"_s.arg(hex(style::laneFill(true))) : u"<tr>"_s;
        html += u"<td style=\"font-weight:bold\">"_s + esc(r.name) + u"</td>"_s;
        if (!r.before || !r.after) {
            const QString what = r.before ? ReviewPackHtmlTr::tr("removed in the future state")
                                          : ReviewPackHtmlTr::tr("new in the future state");
            html += u"<td colspan=\"5\" style=\"color:%1\">%2</td></tr>"_s.arg(
                hex(style::mutedInk()), esc(what));
            continue;
        }
        const ComparedMetrics& b = *r.before;
        const ComparedMetrics& a = *r.after;
        html += cell(durationOrDash(b.leadTime, beforeHours),
                     durationOrDash(a.leadTime, afterHours), lowerIsBetter(b.leadTime, a.leadTime));
        html += cell(durationOrDash(b.processTime, beforeHours),
                     durationOrDash(a.processTime, afterHours), 0);
        html += cell(b.flowEfficiency ? percent(*b.flowEfficiency) : dash,
                     a.flowEfficiency ? percent(*a.flowEfficiency) : dash,
                     -lowerIsBetter(b.flowEfficiency, a.flowEfficiency));
        html += cell(QString::number(b.handoffs), QString::number(a.handoffs),
                     lowerIsBetter(double(b.handoffs), double(a.handoffs)));
        html += cell(QString::number(b.hops), QString::number(a.hops),
                     lowerIsBetter(double(b.hops), double(a.hops)));
        html += u"</tr>"_s;
    }
    return html + u"</table></body></html>"_s;
}

} // namespace sb::exporting
