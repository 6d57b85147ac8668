#include "pg_session.h"

#include "pg_connection.h"
#include "pg_schema.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace sb::pg {

namespace {

QString passwordKey(const Address& address) {
    return u"%1\n%2\n%3"_s.arg(address.user, address.host).arg(address.port);
}

struct Passwords {
    QMutex mutex;
    QHash<QString, QString> byServer;
};

Passwords& passwords() {
    static Passwords held;
    return held;
}

} // namespace

void rememberPassword(const Address& address, const QString& password) {
    Passwords& held = passwords();
    const QMutexLocker lock(&held.mutex);
    held.byServer.insert(passwordKey(address), password);
}

QString rememberedPassword(const Address& address) {
    Passwords& held = passwords();
    const QMutexLocker lock(&held.mutex);
    return held.byServer.value(passwordKey(address));
}

std::optional<QStringList> workshopNames(const WorkshopAddress& address, StoreError* error,
                                         QString* message) {
    // Only the server and database are used: any workshop name makes the address whole.
    static const QRegularExpression workshopParameter(u"([?&])workshop=[^&#]*"_s,
                                                      QRegularExpression::CaseInsensitiveOption);
    QString text = address.toString();
    text.replace(workshopParameter, u"\\1workshop=-"_s);
    if (!text.contains(workshopParameter))
        text += (text.contains(u'?') ? u"&"_s : u"?"_s) + u"workshop=-"_s;
    const WorkshopAddress whole(text);
    std::optional<Address> parts = Address::parse(whole, message);
    if (!parts) {
        *error = StoreError::NotFound;
        return std::nullopt;
    }
    const QString name = newConnectionName();
    std::optional<QStringList> names;
    {
        QSqlDatabase db = connect(name, *parts);
        if (!db.isOpen()) {
            const Failure failure = connectFailure(*parts, db.lastError());
            *error = failure.error;
            *message = failure.message;
        } else if (const std::optional<int> version = schemaVersion(db, message); !version) {
            *error = StoreError::CannotRead;
        } else {
            names = QStringList();
            QSqlQuery query(db);
            if (*version != 0 && query.exec(u"SELECT name FROM workshops ORDER BY name"_s))
                while (query.next())
                    names->append(query.value(0).toString());
        }
    }
    removeConnection(name);
    return names;
}

} // namespace sb::pg
