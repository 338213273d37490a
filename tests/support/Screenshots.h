#pragma once

#include "TestEnvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QTest>
#include <QWidget>

namespace gatehouse::test {

// Saves what `widget` shows to build/screenshots/NAME.png for a person to look
// at, after pending layout work has run so the picture shows the final layout.
inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = QString::fromLatin1(kBinaryDir) + u"/screenshots"_qs;
    QDir().mkpath(dir);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    const QString file = name.endsWith(u".png") ? name : name + u".png"_qs;
    QVERIFY2(widget->grab().save(dir + u'/' + file), qPrintable(file));
}

} // namespace gatehouse::test
