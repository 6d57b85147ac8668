#include "pg_address.h"
#include "pg_session.h"
#include "pg_store.h"
#include "sqlite_store.h"
#include "store_backend.h"

#include <QFileInfo>
#include <QList>
#include <QRegularExpression>
#include <algorithm>

namespace sb {

QString WorkshopAddress::scheme() const {
    const qsizetype end = m_text.indexOf(QStringLiteral("://"));
    return end > 0 ? m_text.left(end).toLower() : QString();
}

QString WorkshopAddress::toDisplayString() const {
    if (scheme().isEmpty())
        return m_text;
    static const QRegularExpression userPassword(
        QStringLiteral("^([^:/?#]+://[^:@/?#]*):[^@/?#]*@"));
    static const QRegularExpression passwordOption(
        QStringLiteral("([?&](?:password|passfile)=)[^&#]*"),
        QRegularExpression::CaseInsensitiveOption);
    QString shown = m_text;
    shown.replace(userPassword, QStringLiteral("\\1@"));
    shown.replace(passwordOption, QStringLiteral("\\1…"));
    return shown;
}

bool WorkshopAddress::isSameAs(const WorkshopAddress& other) const {
    if (!scheme().isEmpty() || !other.scheme().isEmpty())
        return *this == other;
    const QFileInfo mine(m_text), theirs(other.m_text);
    if (mine.exists() && theirs.exists())
        return mine.canonicalFilePath() == theirs.canonicalFilePath();
    return mine.absoluteFilePath() == theirs.absoluteFilePath();
}

namespace {

// Workshop files (.vsmap): every address without a scheme is a path.
class FileBackend final : public StoreBackend {
public:
    bool takes(const WorkshopAddress& address) const override { return address.scheme().isEmpty(); }

    OpenedStore open(const WorkshopAddress& address, OpenMode mode,
                     const LoadProgress& progress) override {
        return neutral(SqliteStore::open(address.toString(), mode, progress));
    }

    OpenedStore create(const WorkshopAddress& address, const Workshop& workshop,
                       bool overwrite) override {
        return neutral(SqliteStore::create(address.toString(), workshop, overwrite));
    }

private:
    static OpenedStore neutral(SqliteStore::Opened opened) {
        return {std::move(opened.store), std::move(opened.workshop), opened.error,
                std::move(opened.errorString)};
    }
};

FileBackend& fileBackend() {
    static FileBackend backend;
    return backend;
}

// Workshops on PostgreSQL servers: postgresql:// and postgres:// addresses.
class PgBackend final : public StoreBackend {
public:
    bool takes(const WorkshopAddress& address) const override {
        return pg::Address::isPostgres(address);
    }

    OpenedStore open(const WorkshopAddress& address, OpenMode mode,
                     const LoadProgress& progress) override {
        return PgStore::open(address, mode, progress);
    }

    OpenedStore create(const WorkshopAddress& address, const Workshop& workshop,
                       bool overwrite) override {
        return PgStore::create(address, workshop, overwrite);
    }

    void usePassword(const WorkshopAddress& address, const QString& password) override {
        QString error;
        if (const std::optional<pg::Address> parts = pg::Address::parse(address, &error))
            pg::rememberPassword(*parts, password);
    }

    std::optional<QStringList> workshopNames(const WorkshopAddress& address, StoreError* error,
                                             QString* message) override {
        return pg::workshopNames(address, error, message);
    }
};

PgBackend& pgBackend() {
    static PgBackend backend;
    return backend;
}

QList<StoreBackend*>& addedBackends() {
    static QList<StoreBackend*> backends;
    return backends;
}

} // namespace

namespace stores {

StoreBackend& backendFor(const WorkshopAddress& address) {
    const QList<StoreBackend*>& added = addedBackends();
    const auto found = std::find_if(added.crbegin(), added.crend(),
                                    [&](StoreBackend* backend) { return backend->takes(address); });
    if (found != added.crend())
        return **found;
    return pgBackend().takes(address) ? static_cast<StoreBackend&>(pgBackend()) : fileBackend();
}

OpenedStore open(const WorkshopAddress& address, OpenMode mode, const LoadProgress& progress) {
    return backendFor(address).open(address, mode, progress);
}

OpenedStore create(const WorkshopAddress& address, const Workshop& workshop, bool overwrite) {
    return backendFor(address).create(address, workshop, overwrite);
}

void usePassword(const WorkshopAddress& address, const QString& password) {
    backendFor(address).usePassword(address, password);
}

std::optional<QStringList> workshopNames(const WorkshopAddress& address, StoreError* error,
                                         QString* message) {
    return backendFor(address).workshopNames(address, error, message);
}

void addBackend(StoreBackend* backend) {
    addedBackends().append(backend);
}

void removeBackend(StoreBackend* backend) {
    addedBackends().removeAll(backend);
}

} // namespace stores

} // namespace sb
