#include "pg_address.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace sb::pg {

namespace {

struct PgAddressTr {
    Q_DECLARE_TR_FUNCTIONS(sb::pg::Address)
};

QString decoded(QStringView text) {
    return QUrl::fromPercentEncoding(text.toUtf8());
}

// libpq's quoting of a connection option's value.
QString quotedOption(const QString& key, const QString& value) {
    QString escaped = value;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"\\'"_s);
    return u"%1='%2'"_s.arg(key, escaped);
}

bool setPort(Address& address, const QString& text, QString* error) {
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port < 1 || port > 65535) {
        *error = PgAddressTr::tr("“%1” is not a port number").arg(text);
        return false;
    }
    address.port = port;
    return true;
}

// HOST, HOST:PORT, [IPv6]:PORT or :PORT.
bool parseHostPort(Address& address, const QString& text, QString* error) {
    QString host = text;
    QString port;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0) {
            *error = PgAddressTr::tr("the host “%1” misses its closing bracket").arg(text);
            return false;
        }
        host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':')) {
            *error = PgAddressTr::tr("“%1” is not a host and port").arg(text);
            return false;
        }
        port = rest.mid(1);
    } else if (const qsizetype colon = text.lastIndexOf(u':'); colon >= 0) {
        host = text.left(colon);
        port = text.mid(colon + 1);
    }
    if (host.contains(u',')) {
        *error = PgAddressTr::tr("an address names one host only");
        return false;
    }
    address.host = decoded(host);
    return port.isEmpty() || setPort(address, decoded(port), error);
}

bool parseQuery(Address& address, const QString& query, QString* error) {
    static const QRegularExpression optionName(u"^[a-z_]+$"_s);
    for (const QString& pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(u'=');
        const QString key = decoded(pair.left(equals)).toLower();
        const QString value = equals < 0 ? QString() : decoded(pair.mid(equals + 1));
        if (key == u"password" || key == u"passfile") {
            *error = PgAddressTr::tr("an address holds no password: put it in ~/.pgpass or "
                                     "PGPASSWORD");
            return false;
        }
        if (key == u"workshop")
            address.workshop = value;
        else if (key == u"host")
            address.host = value;
        else if (key == u"port") {
            if (!setPort(address, value, error))
                return false;
        } else if (key == u"user")
            address.user = value;
        else if (key == u"dbname")
            address.database = value;
        else if (!optionName.match(key).hasMatch() || value.contains(u';')) {
            // Qt's driver separates options by ";".
            *error = PgAddressTr::tr("“%1” is not a connection option").arg(key);
            return false;
        } else
            address.options.append(quotedOption(key, value));
    }
    return true;
}

} // namespace

bool Address::isPostgres(const WorkshopAddress& address) {
    const QString scheme = address.scheme();
    return scheme == u"postgresql" || scheme == u"postgres";
}

std::optional<Address> Address::parse(const WorkshopAddress& workshopAddress, QString* error) {
    if (!isPostgres(workshopAddress)) {
        *error = PgAddressTr::tr("not a postgresql:// address");
        return std::nullopt;
    }
    const QString text = workshopAddress.toString();
    QString rest = text.mid(text.indexOf(u"://"_s) + 3);
    Address address;
    QString query;
    if (const qsizetype mark = rest.indexOf(u'?'); mark >= 0) {
        query = rest.mid(mark + 1);
        rest.truncate(mark);
    }
    QString authority = rest;
    if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
        authority = rest.left(slash);
        address.database = decoded(rest.mid(slash + 1));
    }
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QString user = authority.left(at);
        if (user.contains(u':')) {
            *error = PgAddressTr::tr("an address holds no password: put it in ~/.pgpass or "
                                     "PGPASSWORD");
            return std::nullopt;
        }
        address.user = decoded(user);
        authority = authority.mid(at + 1);
    }
    if (!parseHostPort(address, authority, error) || !parseQuery(address, query, error))
        return std::nullopt;
    if (address.workshop.isEmpty()) {
        *error = PgAddressTr::tr("the address names no workshop: add ?workshop=NAME");
        return std::nullopt;
    }
    return address;
}

QString Address::serverText() const {
    QString server = host.isEmpty() ? PgAddressTr::tr("the default server") : host;
    if (port != 0)
        server += u':' + QString::number(port);
    return database.isEmpty() ? server : server + u'/' + database;
}

} // namespace sb::pg
