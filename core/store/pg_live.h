#pragma once

#include "live_feed.h"
#include "pg_store.h"

#include <QList>
#include <QSqlDriver>
#include <QTimer>

namespace sb {

// A PostgreSQL store's live side: LISTENs on the workshop's channel for the NOTIFY every commit
// sends, writes this client's heartbeat into `streamboard_presence` and reads who else is there,
// notices a lost connection (the driver seeing the socket close, a failed statement) and reconnects
// with backoff.
class PgLive : public LiveFeed {
    Q_OBJECT
public:
    explicit PgLive(PgStore::Private& store);
    ~PgLive() override; // leaves the presence table

    bool readStored(Workshop* out, QString* error) override;
    bool isConnected() const override { return m_connected; }
    QList<Participant> participants() const override { return m_participants; }

    // The channel a workshop's commits are announced on.
    static QString channel(qint64 workshopId);
    // After a failed statement: announces a lost connection and starts reconnecting.
    void checkConnection();

    // How often the heartbeat is written (5 s); a client whose last one is older than four
    // intervals is gone. Tests shorten it.
    static void setHeartbeatInterval(int milliseconds);
    static int heartbeatInterval();
    // The first wait before reconnecting (250 ms), doubled after each failure up to 5 s.
    static constexpr int firstRetry = 250;
    static constexpr int lastRetry = 5000;
    // How often the connection's state is looked at (no round trip to the server).
    static constexpr int watchInterval = 250;

private:
    bool listen();
    void onNotification(const QString& name, QSqlDriver::NotificationSource source,
                        const QVariant& payload);
    void watch();
    void heartbeat();
    void lose(const QString& reason);
    void tryReconnect();
    bool probe(QString* reason);

    PgStore::Private& m_store;
    QString m_client; // this client's id in the presence table
    bool m_connected = true;
    int m_retry = firstRetry;
    QTimer m_heartbeat;
    QTimer m_reconnect;
    QTimer m_watch;
    QList<Participant> m_participants;
};

} // namespace sb
