#include "shared_workshop_status.h"

#include "model/document.h"
#include "model/live_follower.h"
#include "store/live_feed.h"

#include <QMainWindow>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace sb {

SharedWorkshopStatus::SharedWorkshopStatus(std::function<void()> stateChanged, QWidget* parent)
    : QLabel(parent)
    , m_stateChanged(std::move(stateChanged)) {
    setObjectName(u"sharedWorkshopStatus"_s);
    hide();
}

void SharedWorkshopStatus::follow(Document* document) {
    if (m_feed)
        m_feed->disconnect(this);
    m_follower = document ? LiveFollower::follow(document) : nullptr;
    m_feed = document && document->store() ? document->store()->live() : nullptr;
    m_lostReason.clear();
    if (m_feed) {
        connect(m_feed, &LiveFeed::participantsChanged, this, &SharedWorkshopStatus::showState);
        connect(m_feed, &LiveFeed::connectionLost, this, [this](const QString& reason) {
            m_lostReason = reason;
            showState();
            m_stateChanged();
        });
        connect(m_feed, &LiveFeed::reconnected, this, [this] {
            m_lostReason.clear();
            showState();
            m_stateChanged();
            if (auto* window = qobject_cast<QMainWindow*>(this->window()))
                window->statusBar()->showMessage(
                    tr("The server is back: the workshop shows every change made meanwhile."),
                    8000);
        });
    }
    showState();
}

void SharedWorkshopStatus::showState() {
    setVisible(m_feed != nullptr);
    if (!m_feed)
        return;
    if (!m_feed->isConnected()) {
        setStyleSheet(u"QLabel { color: white; background: #b3261e; padding: 0 6px; }"_s);
        setText(tr("The server cannot be reached: read-only until it is back. Reconnecting…"));
        setToolTip(m_lostReason);
        return;
    }
    setStyleSheet({});
    setToolTip({});
    QStringList names;
    for (const Participant& p : m_feed->participants())
        names.append(tr("%1 on %2").arg(p.user, p.host));
    setText(names.isEmpty() ? tr("Shared: nobody else has it open")
                            : tr("Shared with %1").arg(names.join(u", "_s)));
}

} // namespace sb
