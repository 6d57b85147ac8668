#include "live_follower.h"

#include "document.h"
#include "store/live_feed.h"
#include "workshop_diff.h"

#include <QTimer>

namespace sb {

LiveFollower* LiveFollower::follow(Document* document) {
    for (LiveFollower* old : document->findChildren<LiveFollower*>(Qt::FindDirectChildrenOnly))
        delete old;
    LiveFeed* feed = document->store() ? document->store()->live() : nullptr;
    return feed ? new LiveFollower(document, feed) : nullptr;
}

LiveFollower::LiveFollower(Document* document, LiveFeed* feed)
    : QObject(document)
    , m_document(document)
    , m_feed(feed) {
    connect(feed, &LiveFeed::changedElsewhere, this, &LiveFollower::scheduleCatchUp);
    connect(feed, &LiveFeed::reconnected, this, &LiveFollower::catchUp);
}

// Notifications arriving together cost one read.
void LiveFollower::scheduleCatchUp() {
    if (std::exchange(m_scheduled, true))
        return;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        catchUp();
    });
}

bool LiveFollower::catchUp() {
    if (!m_feed)
        return false;
    // A change of this client's that could not be written yet would be undone by the stored
    // state; it is written first (after reconnecting), and the others' changes follow then.
    if (m_document->hasUnsavedChanges() && !m_document->flush())
        return false;
    Workshop stored;
    QString error;
    if (!m_feed->readStored(&stored, &error)) {
        emit catchUpFailed(error);
        return false;
    }
    const QList<Operation> operations = operationsBetween(m_document->workshop(), stored);
    if (!operations.isEmpty())
        m_document->applyExternal(operations);
    return true;
}

} // namespace sb
