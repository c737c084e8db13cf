#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// How a wave moves through planning > fieldwork > closed > reported: one step at a time, forward
// or back, and back to planning only while no visit has a shopper.
class WaveStatusRules
{
    Q_DECLARE_TR_FUNCTIONS(WaveStatusRules)

public:
    static QStringList statuses(); // in lifecycle order
    // Why the wave cannot go from `from` to `to`; empty when it can.
    static QString refusal(const QSqlDatabase& db, qint64 waveId, const QString& from, const QString& to);
};
