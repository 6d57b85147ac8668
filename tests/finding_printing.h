#pragma once
// Lets QCOMPARE show findings that differ, and Qt Test data columns hold them.
#include "analysis/finding.h"

#include <QMetaType>
#include <QString>
#include <QtTest/QTest>

namespace sb {
inline char* toString(const Finding& f) {
    const QString text =
        QStringLiteral("%1 %2 [%3] %4")
            .arg(toString(f.severity), f.rule, f.subjects.join(QStringLiteral(", ")), f.message);
    return qstrdup(text.toUtf8().constData());
}
} // namespace sb

Q_DECLARE_METATYPE(sb::Finding)
Q_DECLARE_METATYPE(sb::Severity)
