#include "pg_store_p.h"
#include "sqlite_work_items.h"

namespace sb {

using namespace Qt::Literals::StringLiterals;

void PgStore::Private::rememberWorkItems(const Workshop& workshop) {
    writtenWorkItems.clear();
    for (const Map& map : workshop.maps)
        for (const Stream& stream : map.streams)
            writtenWorkItems.insert({map.uid, stream.id}, stream.workItems);
}

bool PgStore::Private::writeWorkItems(MapUid map, const Stream& stream) {
    const QPair<MapUid, Id> key{map, stream.id};
    const WorkItems& work = stream.workItems;
    if (const auto written = writtenWorkItems.constFind(key);
        written != writtenWorkItems.cend() && *written == work)
        return true;
    // The setup's row takes its items with it.
    QSqlQuery* clear =
        statement(u"DELETE FROM work_item_setups WHERE workshop = ? AND map = ? AND stream = ?"_s);
    if (!clear || !run(*clear, {workshopId, map, stream.id}))
        return false;
    if (!(work == WorkItems())) {
        QSqlQuery* setup = statement(sqlite::insertSetupSql(true));
        QSqlQuery* item = statement(sqlite::insertItemSql(true));
        if (!setup || !item ||
            !run(*setup,
                 QVariantList{workshopId, map, stream.id} + sqlite::setupValues(work.setup)))
            return false;
        for (qsizetype i = 0; i < work.items.size(); ++i)
            if (!run(*item, QVariantList{workshopId, map, stream.id} +
                                sqlite::itemValues(work.items[i], i, work.setup.states)))
                return false;
    }
    writtenWorkItems.insert(key, work);
    return true;
}

bool PgStore::Private::writeWorkItemsOf(const Map& map) {
    for (const Stream& stream : map.streams)
        if (!writeWorkItems(map.uid, stream))
            return false;
    return true;
}

bool PgStore::Private::writeWorkItemsNamed(const Journal& journal, const Workshop& workshop) {
    for (MapUid uid : journal.maps) {
        if (const Map* map = workshop.map(uid)) {
            if (!writeWorkItemsOf(*map))
                return false;
        } else { // its rows went with the map's
            writtenWorkItems.removeIf(
                [uid](const auto& entry) { return entry.key().first == uid; });
        }
    }
    for (const Journal::ElementRef& ref : journal.elements) {
        if (ref.kind != ElementKind::Stream)
            continue;
        const Map* map = workshop.map(ref.map);
        const Stream* stream = map ? map->find<Stream>(ref.key) : nullptr;
        if (stream) {
            if (!writeWorkItems(ref.map, *stream))
                return false;
        } else {
            writtenWorkItems.remove({ref.map, ref.key}); // its rows went with the stream's
        }
    }
    return true;
}

} // namespace sb
