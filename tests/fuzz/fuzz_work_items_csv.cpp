// The work-item CSV reader on any bytes, with one of a few choices of states: it reads items or
// names a line and a reason, never crashes. What it reads holds to the rules of every workshop
// (unique non-empty ids, a date per state, dates in workflow order), measures without trouble,
// and goes through the interchange JSON unchanged.

#include "fuzz_support.h"
#include "metrics/flow_charts.h"
#include "store/json_interchange.h"
#include "store/work_items_csv.h"

#include <QSet>
#include <array>

using namespace sb;
using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    fuzz::startQt(argc, argv);
    return 0;
}

namespace {

WorkItemSetup setupFor(uint8_t choice) {
    static const std::array<QStringList, 3> states = {
        QStringList{u"Backlog"_s, u"Ready"_s, u"Dev"_s, u"Review"_s, u"Done"_s},
        QStringList{u"To do"_s, u"Doing"_s, u"Done"_s}, QStringList{u"A"_s, u"B"_s}};
    WorkItemSetup setup;
    setup.states = states[choice % states.size()];
    if (choice & 0x10)
        setup.start = setup.states.value(1);
    if (choice & 0x20)
        setup.active = {setup.states.first()};
    if (choice & 0x40)
        setup.typeColumn = u"Kind"_s;
    setup.types = defaultWorkItemTypes();
    return setup;
}

} // namespace

// The first byte picks the states and choices; the rest is the file.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0)
        return 0;
    const WorkItemSetup setup = setupFor(data[0]);
    const WorkItemCsvResult read = readWorkItemsCsv(fuzz::bytesOf(data + 1, size - 1), setup);
    if (read.error) {
        if (read.error->message.isEmpty() || read.error->line < 0 || !read.items.isEmpty())
            fuzz::broken("a refused file names a line and a reason and gives no items");
        return 0;
    }
    QSet<QString> ids;
    for (const WorkItem& item : read.items) {
        if (item.id.isEmpty() || ids.contains(item.id))
            fuzz::broken("every item has its own non-empty id");
        ids.insert(item.id);
        if (item.entered.size() != setup.states.size())
            fuzz::broken("an item has a date or a blank per state");
        StateTime latest = notEntered;
        for (StateTime t : item.entered)
            if (t != notEntered) {
                if (t < latest)
                    fuzz::broken("dates follow the workflow");
                latest = t;
            }
    }
    WorkItems work{setup, read.items};
    if (const std::optional<MeasuredPeriod> period = defaultPeriod(work, 30)) {
        const FlowMeasures measures = measureFlow(work, *period);
        if (measures.velocity < 0 || measures.load < 0 ||
            (measures.flowEfficiency && !std::isfinite(*measures.flowEfficiency)))
            fuzz::broken("the measures are counts and finite fractions");
        (void)cumulativeFlow(work, *period);
        (void)workItemAging(work, *period);
        (void)doneByWeek(work, *period);
    }
    Workshop workshop;
    Map map;
    map.uid = 1;
    map.info.name = u"M"_s;
    Stream stream;
    stream.id = u"s"_s;
    stream.name = u"S"_s;
    stream.workItems = work;
    map.streams.append(stream);
    workshop.maps.append(map);
    QString error;
    const std::optional<Workshop> again = json::read(json::write(workshop), &error);
    if (!again || !(*again == workshop))
        fuzz::broken(qPrintable(u"read items go through the interchange unchanged: "_s + error));
    return 0;
}
