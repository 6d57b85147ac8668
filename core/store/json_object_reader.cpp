#include "json_object_reader.h"

#include "model/duration.h"
#include "model/message_text.h"

#include <QRegularExpression>
#include <climits>
#include <cmath>

namespace sb::json::detail {

void fail(const QString& path, const QString& message) {
    // A key may hold any character: the path stays one line whoever built it.
    throw ReadError{escapeControls(path) + QStringLiteral(": ") + message};
}

QString quoted(const QString& text) {
    constexpr qsizetype longest = 60;
    if (text.size() > longest)
        return Tr::tr("“%1”").arg(escapeControls(QStringView(text).left(longest)) + u'…');
    return Tr::tr("“%1”").arg(escapeControls(text));
}

QString describe(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return Tr::tr("true or false");
    case QJsonValue::Double:
        return Tr::tr("a number");
    case QJsonValue::String:
        return Tr::tr("a string");
    case QJsonValue::Array:
        return Tr::tr("an array");
    case QJsonValue::Object:
        return Tr::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Tr::tr("nothing");
}

ObjectReader::ObjectReader(QJsonObject object, QString path)
    : m_object(std::move(object))
    , m_path(std::move(path)) {}

QString ObjectReader::pathOf(QStringView key) const {
    return m_path.isEmpty() ? key.toString() : m_path + u'.' + key.toString();
}

bool ObjectReader::has(QStringView key) const {
    const QJsonValue v = value(key);
    return !v.isUndefined() && !v.isNull();
}

void ObjectReader::fail(QStringView key, const QString& message) const {
    detail::fail(pathOf(key), message);
}

QJsonValue ObjectReader::value(QStringView key) const {
    return m_object.value(key);
}

QJsonValue ObjectReader::required(QStringView key) const {
    const QJsonValue v = value(key);
    if (v.isUndefined())
        fail(key, Tr::tr("required, but missing"));
    return v;
}

void ObjectReader::failType(QStringView key, const QString& expected) const {
    fail(key, Tr::tr("expected %1, found %2").arg(expected, describe(value(key))));
}

QString ObjectReader::requiredString(QStringView key) const {
    const QJsonValue v = required(key);
    if (!v.isString())
        failType(key, Tr::tr("a string"));
    return v.toString();
}

QString ObjectReader::optionalString(QStringView key) const {
    return has(key) ? requiredString(key) : QString();
}

Id ObjectReader::requiredId(QStringView key) const {
    Id id = requiredString(key);
    if (id.isEmpty())
        fail(key, Tr::tr("an id cannot be empty"));
    return id;
}

Id ObjectReader::optionalId(QStringView key) const {
    return has(key) ? requiredId(key) : Id();
}

double ObjectReader::requiredNumber(QStringView key) const {
    const QJsonValue v = required(key);
    if (!v.isDouble())
        failType(key, Tr::tr("a number"));
    const double number = v.toDouble();
    if (!std::isfinite(number))
        fail(key, Tr::tr("the number is too large"));
    return number;
}

std::optional<double> ObjectReader::optionalNumber(QStringView key) const {
    return has(key) ? std::optional<double>(requiredNumber(key)) : std::nullopt;
}

std::optional<int> ObjectReader::optionalInt(QStringView key) const {
    const std::optional<double> number = optionalNumber(key);
    if (!number)
        return std::nullopt;
    if (*number != std::floor(*number))
        fail(key, Tr::tr("%1 is not a whole number").arg(numberText(*number)));
    if (*number < INT_MIN || *number > INT_MAX)
        fail(key,
             Tr::tr("%1 is not a whole number from %2 to %3")
                 .arg(numberText(*number), QString::number(INT_MIN), QString::number(INT_MAX)));
    return static_cast<int>(*number);
}

bool ObjectReader::optionalBool(QStringView key, bool fallback) const {
    if (!has(key))
        return fallback;
    if (!value(key).isBool())
        failType(key, Tr::tr("true or false"));
    return value(key).toBool();
}

QColor ObjectReader::optionalColor(QStringView key) const {
    if (!has(key))
        return {};
    const QString text = requiredString(key);
    static const QRegularExpression pattern(QStringLiteral("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"));
    if (!pattern.match(text).hasMatch())
        fail(key, Tr::tr("%1 is not a colour; write it as #rrggbb or #rgb").arg(quoted(text)));
    return QColor(text);
}

std::optional<double> ObjectReader::optionalDuration(QStringView key,
                                                     double workingDayHours) const {
    if (!has(key))
        return std::nullopt;
    const QJsonValue v = value(key);
    double seconds = 0;
    if (v.isString()) {
        QString error;
        const std::optional<double> parsed = duration::parse(v.toString(), workingDayHours, &error);
        if (!parsed) {
            // The duration parser speaks in sentences; here the message follows a path.
            if (error.endsWith(u'.'))
                error.chop(1);
            error[0] = error[0].toLower();
            fail(key, error);
        }
        seconds = *parsed;
    } else if (v.isDouble()) {
        seconds = *optionalNumber(key); // its range is a rule of every workshop (workshop_checks)
    } else {
        failType(key, Tr::tr("a number of seconds or a string like \"4h\""));
    }
    return seconds;
}

QJsonArray ObjectReader::requiredArray(QStringView key) const {
    if (!required(key).isArray())
        failType(key, Tr::tr("an array"));
    return value(key).toArray();
}

QJsonArray ObjectReader::optionalArray(QStringView key) const {
    return has(key) ? requiredArray(key) : QJsonArray();
}

std::optional<ObjectReader> ObjectReader::optionalObject(QStringView key) const {
    if (!has(key))
        return std::nullopt;
    if (!value(key).isObject())
        failType(key, Tr::tr("an object"));
    return ObjectReader(value(key).toObject(), pathOf(key));
}

QList<ObjectReader> objectsOf(const QJsonArray& array, const QString& arrayPath) {
    QList<ObjectReader> objects;
    objects.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = arrayPath + u'[' + QString::number(i) + u']';
        const QJsonValue v = array.at(i);
        if (!v.isObject())
            detail::fail(path, Tr::tr("expected an object, found %1").arg(describe(v)));
        objects.append(ObjectReader(v.toObject(), path));
    }
    return objects;
}

} // namespace sb::json::detail
