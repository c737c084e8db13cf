#include "VisitHistoryPrinter.h"

#include "CliCommand.h"

#include "models/DomainLabels.h"

#include <QJsonObject>
#include <QLocale>

namespace {
// A column of text output, padded (a long text is cut so the columns stay aligned).
} // namespace

QJsonArray VisitHistoryPrinter::json(const QList<VisitHistory::Entry>& entries)
{
    QJsonArray visits;
    for (const VisitHistory::Entry& entry : entries) {
        auto date = [](const QDate& day) { return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue(); };
        visits.append(QJsonObject{{QStringLiteral("visit"), entry.visitId},
                                  {QStringLiteral("wave"), entry.waveCode},
                                  {QStringLiteral("planned"), date(entry.plannedOn)},
                                  {QStringLiteral("visited"), date(entry.visitedOn)},
                                  {QStringLiteral("location"), entry.locationCode},
                                  {QStringLiteral("location_name"), entry.locationName},
                                  {QStringLiteral("scenario"), entry.scenarioCode},
                                  {QStringLiteral("shopper"), entry.shopperCode.isEmpty() ? QJsonValue() : QJsonValue(entry.shopperCode)},
                                  {QStringLiteral("status"), entry.status},
                                  {QStringLiteral("score"), entry.score ? QJsonValue(*entry.score) : QJsonValue()},
                                  {QStringLiteral("current"), entry.current}});
    }
    return visits;
}

QString VisitHistoryPrinter::text(const QList<VisitHistory::Entry>& entries, Of of)
{
    QString text = tr("Visits: %1").arg(VisitHistory::summary(entries)) + QLatin1Char('\n');
    const QLocale locale;
    for (const VisitHistory::Entry& entry : entries) {
        const QString who = of == Of::Shopper ? entry.locationCode + QLatin1Char(' ') + entry.locationName
                                              : (entry.shopperCode.isEmpty() ? tr("(no shopper)") : entry.shopperCode);
        const QString status = entry.current ? DomainLabels::label(DomainLabels::VisitStatus, entry.status)
                                             : tr("taken off (now %1)").arg(DomainLabels::label(DomainLabels::VisitStatus, entry.status));
        const QString line = CliCommand::column(entry.date().toString(Qt::ISODate), 10) + CliCommand::column(entry.waveCode, 10)
                             + CliCommand::column(who, of == Of::Shopper ? 36 : 12) + CliCommand::column(entry.scenarioCode, 16) + CliCommand::column(status, 12)
                             + (entry.score ? locale.toString(*entry.score, 'f', 1) : QString());
        text += line.trimmed().prepend(QStringLiteral("  ")) + QLatin1Char('\n');
    }
    return text;
}
