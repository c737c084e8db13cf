#include "ProjectSummary.h"

#include "SchemaManager.h"
#include "programme/ProgrammeSettings.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace {
const QStringList kWaveStatuses = {QStringLiteral("planning"), QStringLiteral("fieldwork"), QStringLiteral("closed"),
                                   QStringLiteral("reported")};
const QStringList kVisitStatuses = {QStringLiteral("planned"),   QStringLiteral("assigned"),
                                    QStringLiteral("accepted"),  QStringLiteral("done"),
                                    QStringLiteral("submitted"), QStringLiteral("approved"),
                                    QStringLiteral("rejected"),  QStringLiteral("cancelled")};

QList<QPair<QString, qint64>> grouped(const QSqlDatabase& db, const QString& sql, const QStringList& order)
{
    QHash<QString, qint64> counts;
    QSqlQuery query(sql, db);
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toLongLong());
    QList<QPair<QString, qint64>> result;
    for (const QString& key : order)
        result.append({key, counts.value(key)});
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (!order.contains(it.key()))
            result.append({it.key(), it.value()});
    return result;
}

QJsonObject toObject(const QList<QPair<QString, qint64>>& pairs)
{
    QJsonObject object;
    for (const auto& pair : pairs)
        object.insert(pair.first, pair.second);
    return object;
}
} // namespace

std::optional<ProjectSummary> ProjectSummary::read(const QSqlDatabase& db, QString* error)
{
    const auto settings = ProgrammeSettings::read(db, error);
    if (!settings)
        return std::nullopt;
    ProjectSummary summary;
    summary.clientName = settings->clientName;
    summary.programmeName = settings->programmeName;
    summary.languages = settings->languages;
    summary.schemaVersion = SchemaManager::userVersion(db);
    summary.fileSize = QFileInfo(db.databaseName()).size();

    QSqlQuery query(db);
    bool ok = true;
    auto count = [&](const QString& sql) -> qint64 {
        if (!ok)
            return 0;
        if (!query.exec(sql) || !query.next()) {
            ok = false;
            if (error)
                *error = query.lastError().databaseText();
            return 0;
        }
        return query.value(0).toLongLong();
    };
    summary.questionnaires = count(QStringLiteral("SELECT count(*) FROM questionnaire"));
    summary.questionnaireVersions = count(QStringLiteral("SELECT count(*) FROM questionnaire_version"));
    summary.sections = count(QStringLiteral("SELECT count(*) FROM section"));
    summary.questions = count(QStringLiteral("SELECT count(*) FROM question"));
    summary.locations = count(QStringLiteral("SELECT count(*) FROM location WHERE is_competitor = 0"));
    summary.competitorLocations = count(QStringLiteral("SELECT count(*) FROM location WHERE is_competitor = 1"));
    summary.geoUnits = count(QStringLiteral("SELECT count(*) FROM geo_unit"));
    summary.scenarios = count(QStringLiteral("SELECT count(*) FROM scenario"));
    summary.waves = count(QStringLiteral("SELECT count(*) FROM wave"));
    summary.visits = count(QStringLiteral("SELECT count(*) FROM visit"));
    summary.shoppers = count(QStringLiteral("SELECT count(*) FROM shopper"));
    summary.activeShoppers = count(QStringLiteral("SELECT count(*) FROM shopper WHERE status = 'active'"));
    summary.responses = count(QStringLiteral("SELECT count(*) FROM response"));
    summary.answers = count(QStringLiteral("SELECT count(*) FROM answer"));
    summary.qcFlags = count(QStringLiteral("SELECT count(*) FROM qc_flag"));
    summary.qcDecisions = count(QStringLiteral("SELECT count(*) FROM qc_decision"));
    summary.scoredVisits = count(QStringLiteral("SELECT count(*) FROM visit_score"));
    if (!ok)
        return std::nullopt;
    summary.wavesByStatus = grouped(db, QStringLiteral("SELECT status, count(*) FROM wave GROUP BY status"),
                                    kWaveStatuses);
    summary.visitsByStatus = grouped(db, QStringLiteral("SELECT status, count(*) FROM visit GROUP BY status"),
                                     kVisitStatuses);
    summary.locationsByChannel = grouped(
        db, QStringLiteral("SELECT channel, count(*) FROM location GROUP BY channel ORDER BY channel"), {});
    return summary;
}

QJsonObject ProjectSummary::toJson() const
{
    QJsonObject counts{
        {QStringLiteral("questionnaires"), questionnaires},
        {QStringLiteral("questionnaire_versions"), questionnaireVersions},
        {QStringLiteral("sections"), sections},
        {QStringLiteral("questions"), questions},
        {QStringLiteral("locations"), locations},
        {QStringLiteral("competitor_locations"), competitorLocations},
        {QStringLiteral("geo_units"), geoUnits},
        {QStringLiteral("scenarios"), scenarios},
        {QStringLiteral("waves"), waves},
        {QStringLiteral("visits"), visits},
        {QStringLiteral("shoppers"), shoppers},
        {QStringLiteral("active_shoppers"), activeShoppers},
        {QStringLiteral("responses"), responses},
        {QStringLiteral("answers"), answers},
        {QStringLiteral("qc_flags"), qcFlags},
        {QStringLiteral("qc_decisions"), qcDecisions},
        {QStringLiteral("scored_visits"), scoredVisits},
    };
    return QJsonObject{
        {QStringLiteral("client"), clientName},
        {QStringLiteral("programme"), programmeName},
        {QStringLiteral("languages"), QJsonArray::fromStringList(languages)},
        {QStringLiteral("schema_version"), schemaVersion},
        {QStringLiteral("file_size"), fileSize},
        {QStringLiteral("counts"), counts},
        {QStringLiteral("waves_by_status"), toObject(wavesByStatus)},
        {QStringLiteral("visits_by_status"), toObject(visitsByStatus)},
        {QStringLiteral("locations_by_channel"), toObject(locationsByChannel)},
    };
}
