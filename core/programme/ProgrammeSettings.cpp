#include "ProgrammeSettings.h"

#include <QSqlError>
#include <QSqlQuery>

std::optional<ProgrammeSettings> ProgrammeSettings::read(const QSqlDatabase& db, QString* error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT client_name, programme_name, source_language, report_language, "
                                   "target_score, small_base_threshold, lockout_days, staff_names_allowed, "
                                   "created_at, chart_font, logo FROM programme WHERE id = 1"))
        || !query.next()) {
        if (error)
            *error = query.lastError().isValid() ? query.lastError().databaseText()
                                                 : QStringLiteral("the programme settings row is missing");
        return std::nullopt;
    }
    ProgrammeSettings settings;
    settings.clientName = query.value(0).toString();
    settings.programmeName = query.value(1).toString();
    settings.sourceLanguage = query.value(2).toString();
    settings.reportLanguage = query.value(3).toString();
    settings.targetScore = query.value(4).isNull() ? QVariant() : QVariant(query.value(4).toDouble());
    settings.smallBaseThreshold = query.value(5).toInt();
    settings.lockoutDays = query.value(6).toInt();
    settings.staffNamesAllowed = query.value(7).toInt() != 0;
    settings.createdAt = query.value(8).toString();
    settings.chartFont = query.value(9).toString();
    settings.logo = query.value(10).toByteArray();
    query.exec(QStringLiteral("SELECT code FROM programme_language ORDER BY position"));
    while (query.next())
        settings.languages << query.value(0).toString();
    query.exec(QStringLiteral("SELECT colour FROM programme_colour ORDER BY position"));
    while (query.next())
        settings.colours << query.value(0).toString();
    return settings;
}
