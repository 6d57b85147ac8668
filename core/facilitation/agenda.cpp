#include "agenda.h"

#include "analysis/capability_users.h"
#include "analysis/element_index.h"
#include "analysis/rules/rule_text.h"

#include <QCoreApplication>
#include <QHash>

namespace sb {

namespace {

using rules::quoted;
using rules::sentenceList;

struct AgendaTr {
    Q_DECLARE_TR_FUNCTIONS(sb::agenda)
};

constexpr int fewestSlices = 2;
constexpr int mostSlices = 5;
constexpr int fewestSteps = 3;
constexpr int fewestStreams = 2;
constexpr int mostStreams = 4;

bool blank(const QString& text) {
    return text.trimmed().isEmpty();
}

// "%1 of %2 slices have …": one of the two texts by the total.
QString ofTotal(qsizetype count, qsizetype total, const QString& one, const QString& many) {
    return (total == 1 ? one : many).arg(count).arg(total);
}

template <class T> QList<AgendaFocus> focusOn(const QList<T>& elements) {
    QList<AgendaFocus> focus;
    for (const T& e : elements)
        focus.append({kindOf<T>(), keyOf(e)});
    return focus;
}

AgendaItem slices(const Map& map) {
    const qsizetype n = map.slices.size();
    AgendaItem item;
    item.step = AgendaStep::Slices;
    item.done = n >= fewestSlices && n <= mostSlices;
    item.progress = n == 0   ? AgendaTr::tr("No slices yet (2–5 recommended)")
                    : n == 1 ? AgendaTr::tr("1 slice (2–5 recommended)")
                             : AgendaTr::tr("%1 slices (2–5 recommended)").arg(n);
    if (n < fewestSlices)
        item.next = AgendaTr::tr("Add customer slices: at least two.");
    else if (n > mostSlices)
        item.next = AgendaTr::tr("Merge slices until no more than five are left.");
    item.current = static_cast<int>(std::min<qsizetype>(n, fewestSlices));
    item.target = fewestSlices;
    item.focus = focusOn(map.slices);
    return item;
}

AgendaItem outcomes(const Map& map, const ElementIndex& index) {
    QList<Slice> missing;
    for (const Slice& s : map.slices)
        if (blank(s.outcome))
            missing.append(s);
    const qsizetype n = map.slices.size();
    const qsizetype stated = n - missing.size();
    AgendaItem item;
    item.step = AgendaStep::Outcomes;
    item.done = n > 0 && missing.isEmpty();
    item.progress =
        n == 0 ? AgendaTr::tr("No slices yet")
               : ofTotal(stated, n, AgendaTr::tr("%1 of %2 slice has an outcome statement"),
                         AgendaTr::tr("%1 of %2 slices have an outcome statement"));
    if (n == 0)
        item.next = AgendaTr::tr("Add customer slices first.");
    else if (!missing.isEmpty())
        item.next = AgendaTr::tr("Write the outcome of %1: “We win when … for …”.")
                        .arg(quoted(index, missing.first().id));
    item.current = static_cast<int>(stated);
    item.target = static_cast<int>(std::max<qsizetype>(n, 1));
    item.focus = focusOn(missing.isEmpty() ? map.slices : missing);
    return item;
}

AgendaItem timeline(const Map& map) {
    const qsizetype n = map.steps.size();
    AgendaItem item;
    item.step = AgendaStep::Timeline;
    item.done = n >= fewestSteps;
    item.progress = n == 0   ? AgendaTr::tr("No steps yet (at least 3)")
                    : n == 1 ? AgendaTr::tr("1 step (at least 3)")
                             : AgendaTr::tr("%1 steps (at least 3)").arg(n);
    if (!item.done)
        item.next = AgendaTr::tr("Add steps to the timeline until there are at least three.");
    item.current = static_cast<int>(std::min<qsizetype>(n, fewestSteps));
    item.target = fewestSteps;
    item.focus = focusOn(map.steps);
    return item;
}

// What a cell still lacks: "intent", "value", "outcome", "metric".
QStringList missingFields(const Cell* cell) {
    QStringList missing;
    if (!cell || blank(cell->intent))
        missing.append(AgendaTr::tr("intent"));
    if (!cell || blank(cell->value))
        missing.append(AgendaTr::tr("value"));
    if (!cell || blank(cell->outcome))
        missing.append(AgendaTr::tr("outcome"));
    if (!cell || blank(cell->metric))
        missing.append(AgendaTr::tr("metric"));
    return missing;
}

// Every slice × step of the grid, slice by slice, whether stored or not.
QList<AgendaFocus> gridCells(const Map& map) {
    QList<AgendaFocus> cells;
    for (const Slice& slice : map.slices)
        for (const Step& step : map.steps)
            cells.append({ElementKind::Cell, cellKey(slice.id, step.id)});
    return cells;
}

AgendaItem grid(const Map& map, const ElementIndex& index) {
    const QList<AgendaFocus> cells = gridCells(map);
    QHash<QString, const Cell*> stored; // runs after every edit: no search per cell
    stored.reserve(map.cells.size());
    for (const Cell& c : map.cells)
        stored.insert(keyOf(c), &c);
    QList<AgendaFocus> unfilled;
    for (const AgendaFocus& c : cells)
        if (!missingFields(stored.value(c.key)).isEmpty())
            unfilled.append(c);
    const qsizetype total = cells.size();
    const qsizetype filled = total - unfilled.size();
    AgendaItem item;
    item.step = AgendaStep::Grid;
    item.done = total > 0 && unfilled.isEmpty();
    item.progress = total == 0 ? AgendaTr::tr("No cells yet: add slices and steps")
                               : ofTotal(filled, total, AgendaTr::tr("%1 of %2 cell filled"),
                                         AgendaTr::tr("%1 of %2 cells filled"));
    if (total == 0) {
        item.next = AgendaTr::tr("Add slices and steps first.");
    } else if (!unfilled.isEmpty()) {
        const QString& key = unfilled.first().key;
        const qsizetype split = key.indexOf(QChar(0x1f));
        item.next = AgendaTr::tr("Fill %1 × %2: %3 missing.")
                        .arg(quoted(index, key.left(split)), quoted(index, key.mid(split + 1)),
                             sentenceList(missingFields(stored.value(key))));
    }
    item.current = static_cast<int>(filled);
    item.target = static_cast<int>(std::max<qsizetype>(total, 1));
    item.focus = unfilled.isEmpty() ? cells : unfilled;
    return item;
}

AgendaItem divergences(const Map& map) {
    QList<AgendaFocus> divergent;
    for (const Cell& c : map.cells)
        if (c.divergent)
            divergent.append({ElementKind::Cell, keyOf(c)});
    const qsizetype n = divergent.size();
    AgendaItem item;
    item.step = AgendaStep::Divergences;
    item.done = n > 0 || map.info.noMaterialDivergence;
    item.progress = n == 1  ? AgendaTr::tr("1 cell marked divergent")
                    : n > 1 ? AgendaTr::tr("%1 cells marked divergent").arg(n)
                    : map.info.noMaterialDivergence
                        ? AgendaTr::tr("No material divergence, as the room decided")
                        : AgendaTr::tr("No cell marked divergent yet");
    if (!item.done)
        item.next =
            AgendaTr::tr("Mark the cells where the path truly forks as divergent, or record "
                         "that there is no material divergence.");
    item.current = item.done ? 1 : 0;
    item.target = 1;
    item.focus = divergent.isEmpty() ? gridCells(map) : divergent;
    return item;
}

// What keeps a customer stream from being ready: "no owner team", "no trigger", …
QStringList streamGaps(const Stream& s) {
    QStringList gaps;
    if (s.owner.isEmpty())
        gaps.append(AgendaTr::tr("no owner team"));
    if (blank(s.card[CardField::Trigger]))
        gaps.append(AgendaTr::tr("no trigger"));
    if (blank(s.card[CardField::FinishLine]))
        gaps.append(AgendaTr::tr("no finish line"));
    if (blank(s.card[CardField::Outcome]))
        gaps.append(AgendaTr::tr("no outcome"));
    if (blank(s.card[CardField::NorthStar]))
        gaps.append(AgendaTr::tr("no north-star metric"));
    return gaps;
}

AgendaItem streams(const Map& map, const ElementIndex& index) {
    QList<Stream> customer;
    QList<Stream> incomplete;
    for (const Stream& s : map.streams) {
        if (s.kind != StreamKind::Customer)
            continue;
        customer.append(s);
        if (!streamGaps(s).isEmpty())
            incomplete.append(s);
    }
    const qsizetype n = customer.size();
    const qsizetype complete = n - incomplete.size();
    const bool inRange = n >= fewestStreams && n <= mostStreams;
    AgendaItem item;
    item.step = AgendaStep::Streams;
    item.done = inRange && incomplete.isEmpty();
    if (n == 0) {
        item.progress = AgendaTr::tr("No customer streams yet (2–4 recommended)");
    } else {
        item.progress =
            ofTotal(complete, n, AgendaTr::tr("%1 of %2 customer stream has owner and card"),
                    AgendaTr::tr("%1 of %2 customer streams have owner and card"));
        if (!inRange)
            item.progress += u' ' + AgendaTr::tr("(2–4 recommended)");
    }
    if (!incomplete.isEmpty())
        item.next = AgendaTr::tr("%1 has %2.")
                        .arg(quoted(index, incomplete.first().id),
                             sentenceList(streamGaps(incomplete.first())));
    else if (n < fewestStreams)
        item.next = AgendaTr::tr("Add customer streams: at least two.");
    else if (n > mostStreams)
        item.next = AgendaTr::tr("Merge customer streams until no more than four are left.");
    item.current = static_cast<int>(complete);
    item.target = static_cast<int>(std::max<qsizetype>(n, fewestStreams));
    item.focus = focusOn(incomplete.isEmpty() ? customer : incomplete);
    return item;
}

AgendaItem noStreamsYet(AgendaStep step) {
    AgendaItem item;
    item.step = step;
    item.progress = AgendaTr::tr("No streams yet");
    item.next = AgendaTr::tr("Propose value streams first.");
    return item;
}

AgendaItem shared(const Map& map, const ElementIndex& index) {
    if (map.streams.isEmpty())
        return noStreamsYet(AgendaStep::Shared);
    const QList<QList<qsizetype>> users = capabilityUsers(map, index);
    QList<Capability> used;
    QList<Capability> unsettled;
    QString next;
    for (qsizetype i = 0; i < map.capabilities.size(); ++i) {
        const Capability& c = map.capabilities[i];
        if (users[i].isEmpty())
            continue;
        used.append(c);
        const Team* owner = index.find<Team>(c.owner);
        const Stream* provider = index.find<Stream>(c.providedBy);
        const bool hasHome = (owner && owner->type == TeamType::Platform) ||
                             (provider && provider->kind == StreamKind::Supporting);
        const bool homeless = users[i].size() >= 2 && !hasHome;
        QStringList lacks;
        if (!owner)
            lacks.append(AgendaTr::tr("an owner team"));
        if (blank(c.sla))
            lacks.append(AgendaTr::tr("an SLA"));
        if (!homeless && lacks.isEmpty())
            continue;
        unsettled.append(c);
        if (!next.isEmpty())
            continue;
        next = homeless
                   ? AgendaTr::tr("%1 streams depend on %2: let a supporting stream provide it or "
                                  "a platform team own it.")
                         .arg(users[i].size())
                         .arg(quoted(index, c.id))
                   : AgendaTr::tr("Give %1 %2.").arg(quoted(index, c.id), sentenceList(lacks));
    }
    AgendaItem item;
    item.step = AgendaStep::Shared;
    item.done = unsettled.isEmpty();
    item.next = next;
    if (used.isEmpty()) {
        item.progress = AgendaTr::tr("No stream depends on a capability");
        item.current = item.target = 1;
        return item;
    }
    const qsizetype settled = used.size() - unsettled.size();
    item.progress =
        ofTotal(settled, used.size(), AgendaTr::tr("%1 of %2 depended-on capability is in order"),
                AgendaTr::tr("%1 of %2 depended-on capabilities are in order"));
    item.current = static_cast<int>(settled);
    item.target = static_cast<int>(used.size());
    item.focus = focusOn(unsettled.isEmpty() ? used : unsettled);
    return item;
}

AgendaItem staffing(const Map& map, const AnalysisResult& result, const ElementIndex& index) {
    if (map.streams.isEmpty())
        return noStreamsYet(AgendaStep::Staffing);
    QList<Stream> unowned;
    for (const Stream& s : map.streams)
        if (s.owner.isEmpty())
            unowned.append(s);
    QList<const Finding*> findings;
    for (const Finding& f : result.findings)
        if (f.rule == QLatin1String("staffing"))
            findings.append(&f);
    const qsizetype n = map.streams.size();
    const qsizetype owned = n - unowned.size();
    AgendaItem item;
    item.step = AgendaStep::Staffing;
    item.done = unowned.isEmpty() && findings.isEmpty();
    const QString owners = ofTotal(owned, n, AgendaTr::tr("%1 of %2 stream has an owner"),
                                   AgendaTr::tr("%1 of %2 streams have an owner"));
    const QString warnings = findings.isEmpty() ? AgendaTr::tr("no staffing findings")
                             : findings.size() == 1
                                 ? AgendaTr::tr("1 staffing finding")
                                 : AgendaTr::tr("%1 staffing findings").arg(findings.size());
    item.progress = AgendaTr::tr("%1; %2").arg(owners, warnings);
    if (!unowned.isEmpty())
        item.next = AgendaTr::tr("Give %1 an owner team.").arg(quoted(index, unowned.first().id));
    else if (!findings.isEmpty())
        item.next = findings.first()->message;
    item.current = static_cast<int>(owned);
    item.target = static_cast<int>(n + findings.size());
    item.focus = focusOn(item.done ? map.streams : unowned);
    // The subjects of the findings (teams, capabilities), each once; an analysis that lags
    // behind the map may name elements that are gone.
    for (const Finding* f : std::as_const(findings))
        for (const Id& id : f->subjects)
            if (const auto location = index.locate(id)) {
                const AgendaFocus subject{location->kind, id};
                if (!item.focus.contains(subject))
                    item.focus.append(subject);
            }
    return item;
}

} // namespace

QList<AgendaItem> agendaProgress(const Map& map, const AnalysisResult& result) {
    // What the agenda names and looks up: not the stages and flows a large map has thousands of.
    using K = ElementKind;
    const ElementIndex index(map, {K::Team, K::Slice, K::Step, K::Stream, K::Capability});
    return {
        slices(map),      outcomes(map, index), timeline(map),      grid(map, index),
        divergences(map), streams(map, index),  shared(map, index), staffing(map, result, index)};
}

} // namespace sb
