#include "WaveStatusRules.h"

#include "models/DomainLabels.h"

#include <QSqlQuery>
#include <QVariant>

QStringList WaveStatusRules::statuses()
{
    return {QStringLiteral("planning"), QStringLiteral("fieldwork"), QStringLiteral("closed"), QStringLiteral("reported")};
}

QString WaveStatusRules::refusal(const QSqlDatabase& db, qint64 waveId, const QString& from, const QString& to)
{
    const qsizetype a = statuses().indexOf(from);
    const qsizetype b = statuses().indexOf(to);
    if (b < 0)
        return tr("“%1” is not a wave status (planning, fieldwork, closed, reported)").arg(to);
    if (a == b)
        return {};
    auto label = [](const QString& status) { return DomainLabels::label(DomainLabels::WaveStatus, status); };
    if (std::abs(a - b) != 1)
        return tr("a wave moves one step at a time: from %1 it can go to %2")
            .arg(label(from),
                 a == 0 ? label(statuses()[1])
                 : a == 3 ? label(statuses()[2])
                          : tr("%1 or %2").arg(label(statuses()[a - 1]), label(statuses()[a + 1])));
    if (to == QLatin1String("planning")) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT count(*) FROM visit WHERE wave_id = ? AND shopper_id IS NOT NULL"));
        query.addBindValue(waveId);
        const qint64 staffed = query.exec() && query.next() ? query.value(0).toLongLong() : 0;
        if (staffed > 0)
            return tr("%n visit(s) of this wave already have a shopper; it cannot go back to planning", nullptr, int(staffed));
    }
    return {};
}
