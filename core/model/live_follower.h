#pragma once

#include <QObject>
#include <QPointer>

namespace sb {

class Document;
class LiveFeed;

// Keeps a document of a shared workshop current: others' commits are read from the store and
// applied as external changes (not on the undo stack); after a lost connection comes back,
// this client's unwritten change is written first, then whatever others did meanwhile is
// caught up. Does nothing for a store without a live feed. Lives as long as the document.
class LiveFollower : public QObject {
    Q_OBJECT
public:
    // Follows the document's current store; again after the store was replaced.
    static LiveFollower* follow(Document* document);

    // Reads the stored workshop and applies what differs; false when it cannot be read.
    bool catchUp();

signals:
    // Reading the stored workshop failed (the reason, for the status bar).
    void catchUpFailed(const QString& reason);

private:
    explicit LiveFollower(Document* document, LiveFeed* feed);
    void scheduleCatchUp();

    Document* m_document;
    QPointer<LiveFeed> m_feed;
    bool m_scheduled = false;
};

} // namespace sb
