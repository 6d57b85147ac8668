#pragma once

#include "model/element_kind.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <optional>

// Helpers of the interchange reader (json_reader.cpp); not part of the store's interface.
namespace sb::json::detail {

// The reader's error messages are translated in the context sb::json: Tr::tr("…").
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sb::json)
};

// The first error found while reading; its message starts with the JSON path.
struct ReadError {
    QString message;
};

[[noreturn]] void fail(const QString& path, const QString& message);

// “text” with control characters escaped (escapeControls), cut short after 60 characters.
QString quoted(const QString& text);

// A JSON object with its path in the document. Getters throw ReadError naming the key's path.
// An optional key that is null counts as absent; a required key may not be null.
class ObjectReader {
public:
    ObjectReader(QJsonObject object, QString path);

    const QString& path() const { return m_path; }
    QString pathOf(QStringView key) const;
    bool has(QStringView key) const; // present and not null
    QStringList keys() const { return m_object.keys(); }
    [[noreturn]] void fail(QStringView key, const QString& message) const;

    QString requiredString(QStringView key) const;
    QString optionalString(QStringView key) const;
    // An id: a non-empty string. optionalId returns an empty id when the key is absent.
    Id requiredId(QStringView key) const;
    Id optionalId(QStringView key) const;

    double requiredNumber(QStringView key) const; // finite
    std::optional<double> optionalNumber(QStringView key) const;
    // A whole number that an int holds; the ranges of the rules are checked in workshop_checks.
    std::optional<int> optionalInt(QStringView key) const;
    bool optionalBool(QStringView key, bool fallback) const;
    QColor optionalColor(QStringView key) const; // "#rrggbb" or "#rgb"; invalid when absent
    // Seconds, given as a number of seconds or a string with units, days of workingDayHours.
    std::optional<double> optionalDuration(QStringView key, double workingDayHours) const;

    QJsonArray requiredArray(QStringView key) const;
    QJsonArray optionalArray(QStringView key) const;
    std::optional<ObjectReader> optionalObject(QStringView key) const;

    // The value of an enumeration word, through parse (nullopt for a word it does not know).
    template <class E, class Parse>
    E optionalEnum(QStringView key, E fallback, Parse parse, const QString& words) const {
        if (!has(key))
            return fallback;
        const QString word = requiredString(key);
        if (const std::optional<E> value = parse(word))
            return *value;
        fail(key, Tr::tr("%1 is not one of %2").arg(quoted(word), words));
    }

private:
    QJsonValue value(QStringView key) const;
    QJsonValue required(QStringView key) const;
    [[noreturn]] void failType(QStringView key, const QString& expected) const;

    QJsonObject m_object;
    QString m_path;
};

// The objects of an array, each with its path ("maps[0].teams[2]").
QList<ObjectReader> objectsOf(const QJsonArray& array, const QString& arrayPath);

// The kind of a JSON value as a facilitator would name it ("a string", "null").
QString describe(const QJsonValue& value);

// The top-level object of a JSON document, once its raw bytes pass the limits (json_scan.h).
// Problems of the document as a whole are reported at "(document)".
QJsonObject parseDocument(const QByteArray& data);

// One element as the interchange reader reads maps[i].<kind>[j], durations in days of
// workingDayHours. A flow, dependency, note or action without an id keeps an empty id; the rules
// of every workshop (workshop_checks.h) are not checked here.
Element readElement(ElementKind kind, const ObjectReader& o, double workingDayHours);

} // namespace sb::json::detail
