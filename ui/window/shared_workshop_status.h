#pragma once

#include "model/live_follower.h"
#include "store/live_feed.h"

#include <QLabel>
#include <QPointer>
#include <functional>

namespace sb {

class Document;

// The status bar's word on a shared workshop: who else has it open, and, at once, when the
// server went away (the window is read-only until it is back). Keeps the document following the
// others' changes. Hidden for a workshop only this window writes.
class SharedWorkshopStatus : public QLabel {
    Q_OBJECT
public:
    // stateChanged runs when the connection went or came back (the window's title and actions
    // say read-only or not).
    SharedWorkshopStatus(std::function<void()> stateChanged, QWidget* parent = nullptr);

    // Follows the document's store; call again when the store was replaced.
    void follow(Document* document);

    LiveFollower* follower() const { return m_follower; }
    // The connection to the server is lost: the workshop is read-only until it is back.
    bool isLost() const { return m_feed && !m_feed->isConnected(); }

private:
    void showState();

    std::function<void()> m_stateChanged;
    QPointer<LiveFeed> m_feed;
    QPointer<LiveFollower> m_follower;
    QString m_lostReason;
};

} // namespace sb
