#include "PlanProposal.h"

#include "models/DomainLabels.h"

#include <QLocale>

QString PlanProposal::Check::cellLabel() const
{
    if (dimension == QLatin1String("weekday"))
        return QLocale().dayName(cell.toInt(), QLocale::LongFormat);
    if (dimension == QLatin1String("daypart"))
        return DomainLabels::label(DomainLabels::Daypart, cell);
    if (dimension == QLatin1String("week"))
        return tr("Week %1").arg(cell);
    return tr("Visits");
}

QString PlanProposal::Check::scopeLabel(const QString& scope)
{
    if (scope.isEmpty())
        return tr("The whole wave");
    const QString name = scope.section(QLatin1Char(':'), 1);
    if (scope.startsWith(QLatin1String("region:")))
        return tr("Region: %1").arg(name.isEmpty() ? tr("(no region)") : name);
    return tr("Scenario: %1").arg(name);
}
