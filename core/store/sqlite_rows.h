#pragma once

#include "model/map.h"

#include <QStringList>
#include <QVariantList>

class QSqlQuery;

namespace sb::sqlite {

// How one kind of element maps to its table: the columns besides map and ord, key columns
// first. rowValues gives the values in that order; readRow reads them back from a query that
// selected them in that order.
struct TableSpec {
    QString table;
    QStringList keyColumns;
    QStringList columns; // keyColumns, then the others
};

const TableSpec& tableOf(ElementKind kind);

// The values of the key columns for a journal key (a cell's key joins its slice and step).
QVariantList keyValues(ElementKind kind, const QString& key);

QVariantList rowValues(const Team& e);
QVariantList rowValues(const Slice& e);
QVariantList rowValues(const Step& e);
QVariantList rowValues(const Cell& e);
QVariantList rowValues(const Stream& e);
QVariantList rowValues(const Stage& e);
QVariantList rowValues(const Flow& e);
QVariantList rowValues(const Capability& e);
QVariantList rowValues(const Dependency& e);
QVariantList rowValues(const Note& e);
QVariantList rowValues(const Action& e);

void readRow(const QSqlQuery& q, Team& e);
void readRow(const QSqlQuery& q, Slice& e);
void readRow(const QSqlQuery& q, Step& e);
void readRow(const QSqlQuery& q, Cell& e);
void readRow(const QSqlQuery& q, Stream& e);
void readRow(const QSqlQuery& q, Stage& e);
void readRow(const QSqlQuery& q, Flow& e);
void readRow(const QSqlQuery& q, Capability& e);
void readRow(const QSqlQuery& q, Dependency& e);
void readRow(const QSqlQuery& q, Note& e);
void readRow(const QSqlQuery& q, Action& e);

// The maps table: every column but id and ord, in this order.
const QStringList& mapColumns();
QVariantList mapValues(const MapInfo& info);
MapInfo readMapInfo(const QSqlQuery& q, int first);

} // namespace sb::sqlite
