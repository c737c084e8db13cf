#include "ScenarioStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
QVariant nullable(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

std::optional<int> optionalInt(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QStringList column(const QSqlDatabase& db, const QString& sql)
{
    QStringList values;
    QSqlQuery query(sql, db);
    while (query.next())
        values << query.value(0).toString();
    return values;
}
} // namespace

std::optional<qint64> ScenarioStore::idOf(const QSqlDatabase& db, const QString& code)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM scenario WHERE code = ?"));
    query.addBindValue(code);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

std::optional<Scenario> ScenarioStore::load(const QSqlDatabase& db, const QString& code, QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, code, channel, version_id, fee, expected_minutes, min_age, max_age, gender, "
                                 "active FROM scenario WHERE code = ?"));
    query.addBindValue(code);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = tr("there is no scenario %1").arg(code);
        return std::nullopt;
    }
    const qint64 id = query.value(0).toLongLong();
    Scenario scenario;
    scenario.code = query.value(1).toString();
    scenario.channel = query.value(2).toString();
    if (!query.value(3).isNull())
        scenario.versionId = query.value(3).toLongLong();
    scenario.fee = query.value(4).toDouble();
    scenario.expectedMinutes = optionalInt(query.value(5));
    scenario.minAge = optionalInt(query.value(6));
    scenario.maxAge = optionalInt(query.value(7));
    scenario.gender = query.value(8).toString();
    scenario.active = query.value(9).toInt() != 0;

    query.prepare(QStringLiteral("SELECT language, title, script FROM scenario_text WHERE scenario_id = ?"));
    query.addBindValue(id);
    if (query.exec())
        while (query.next())
            scenario.texts.insert(query.value(0).toString(), {query.value(1).toString(), query.value(2).toString()});
    query.prepare(QStringLiteral("SELECT kind, value FROM scenario_requirement WHERE scenario_id = ? ORDER BY value"));
    query.addBindValue(id);
    if (query.exec())
        while (query.next())
            (query.value(0).toString() == QLatin1String("language") ? scenario.languages : scenario.tags)
                << query.value(1).toString();
    return scenario;
}

std::optional<qint64> ScenarioStore::write(const QSqlDatabase& db, std::optional<qint64> id, const Scenario& scenario,
                                           QString* error)
{
    QSqlQuery query(db);
    auto exec = [&]() {
        if (query.exec())
            return true;
        if (error)
            *error = query.lastError().databaseText();
        return false;
    };
    query.prepare(id ? QStringLiteral("UPDATE scenario SET code = ?, channel = ?, version_id = ?, fee = ?, expected_minutes = ?, "
                                      "min_age = ?, max_age = ?, gender = ?, active = ? WHERE id = ?")
                     : QStringLiteral("INSERT INTO scenario (code, channel, version_id, fee, expected_minutes, min_age, "
                                      "max_age, gender, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(scenario.code);
    query.addBindValue(scenario.channel);
    query.addBindValue(scenario.versionId ? QVariant(*scenario.versionId) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(scenario.fee);
    query.addBindValue(nullable(scenario.expectedMinutes));
    query.addBindValue(nullable(scenario.minAge));
    query.addBindValue(nullable(scenario.maxAge));
    query.addBindValue(scenario.gender.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(scenario.gender));
    query.addBindValue(scenario.active ? 1 : 0);
    if (id)
        query.addBindValue(*id);
    if (!exec())
        return std::nullopt;
    const qint64 scenarioId = id ? *id : query.lastInsertId().toLongLong();

    for (const char* table : {"scenario_text", "scenario_requirement"}) {
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE scenario_id = ?").arg(QLatin1String(table)));
        query.addBindValue(scenarioId);
        if (!exec())
            return std::nullopt;
    }
    query.prepare(QStringLiteral("INSERT INTO scenario_text (scenario_id, language, title, script) VALUES (?, ?, ?, ?)"));
    for (auto it = scenario.texts.cbegin(); it != scenario.texts.cend(); ++it) {
        query.addBindValue(scenarioId);
        query.addBindValue(it.key());
        // Never NULL: a form's or a command line's "no script" is an empty one.
        query.addBindValue(it->title.isNull() ? QString(QLatin1String("")) : it->title);
        query.addBindValue(it->script.isNull() ? QString(QLatin1String("")) : it->script);
        if (!exec())
            return std::nullopt;
    }
    query.prepare(QStringLiteral("INSERT INTO scenario_requirement (scenario_id, kind, value) VALUES (?, ?, ?)"));
    for (const auto& [kind, values] : {std::pair{"language", &scenario.languages}, std::pair{"tag", &scenario.tags}}) {
        for (const QString& value : *values) {
            query.addBindValue(scenarioId);
            query.addBindValue(QString::fromLatin1(kind));
            query.addBindValue(value);
            if (!exec())
                return std::nullopt;
        }
    }
    return scenarioId;
}

qint64 ScenarioStore::visitCount(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM visit WHERE scenario_id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QString ScenarioStore::copyCode(const QSqlDatabase& db, const QString& code)
{
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1-%2").arg(code).arg(n);
        if (!idOf(db, candidate))
            return candidate;
    }
}

QStringList ScenarioStore::knownTags(const QSqlDatabase& db)
{
    return column(db, QStringLiteral("SELECT tag FROM shopper_tag UNION "
                                     "SELECT value FROM scenario_requirement WHERE kind = 'tag' ORDER BY 1"));
}

QStringList ScenarioStore::knownLanguages(const QSqlDatabase& db)
{
    QStringList languages = programmeLanguages(db);
    for (const QString& code : column(db, QStringLiteral("SELECT language FROM shopper_language UNION "
                                                         "SELECT value FROM scenario_requirement WHERE kind = 'language' "
                                                         "ORDER BY 1")))
        if (!languages.contains(code))
            languages << code;
    return languages;
}

QStringList ScenarioStore::programmeLanguages(const QSqlDatabase& db)
{
    return column(db, QStringLiteral("SELECT code FROM programme_language ORDER BY position"));
}

QString ScenarioStore::sourceLanguage(const QSqlDatabase& db)
{
    return column(db, QStringLiteral("SELECT source_language FROM programme")).value(0);
}
