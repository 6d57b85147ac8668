#pragma once

#include <QObject>
#include <QString>

namespace sb {

struct Workshop;

// Someone else who has the same shared workshop open.
struct Participant {
    QString user; // their login name
    QString host; // their machine
    bool operator==(const Participant&) const = default;
};

// What a store shared by several clients tells its window: changes others committed, the
// connection going and coming back, and who else is there. Backend-neutral: a database server's
// store implements it, a file's has none (Store::live() is null).
class LiveFeed : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Reads the workshop as stored now, in one snapshot; false with *error when it cannot.
    virtual bool readStored(Workshop* out, QString* error) = 0;
    virtual bool isConnected() const = 0;
    // Everyone else who has the workshop open now (not this client).
    virtual QList<Participant> participants() const = 0;

signals:
    // Another client committed a change: readStored() has it.
    void changedElsewhere();
    // The server went away: the store is read-only until reconnected().
    void connectionLost(const QString& reason);
    // Back again; changes made meanwhile are in readStored().
    void reconnected();
    void participantsChanged();
};

} // namespace sb
