#include "ProjectChecker.h"

#include "SchemaManager.h"
#include "results/ScoreStore.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

struct DomainRule
{
    const char* rule;
    const char* message; // translated with ProjectChecker's context
    const char* sql;     // counts the rows that break the rule
};

// Each query counts violations; the messages are marked for translation below.
const DomainRule kDomainRules[] = {
    {"programme-row", QT_TRANSLATE_NOOP("ProjectChecker", "the programme settings row is missing or doubled"),
     "SELECT abs(count(*) - 1) FROM programme"},
    {"report-without-visit-done",
     QT_TRANSLATE_N_NOOP("ProjectChecker", "%n report(s) belong to visits that were never carried out"),
     "SELECT count(*) FROM response r JOIN visit v ON v.id = r.visit_id "
     "WHERE v.status IN ('planned', 'assigned', 'accepted', 'cancelled')"},
    {"visit-status-without-report",
     QT_TRANSLATE_N_NOOP("ProjectChecker", "%n visit(s) are submitted, approved or rejected but have no report"),
     "SELECT count(*) FROM visit v WHERE v.status IN ('submitted', 'approved', 'rejected') "
     "AND NOT EXISTS (SELECT 1 FROM response r WHERE r.visit_id = v.id)"},
    {"answer-version",
     QT_TRANSLATE_N_NOOP("ProjectChecker", "%n answer(s) belong to a question of another questionnaire version"),
     "SELECT count(*) FROM answer a JOIN response r ON r.id = a.response_id "
     "JOIN question q ON q.id = a.question_id WHERE q.version_id <> r.version_id"},
    {"answer-option-type",
     QT_TRANSLATE_N_NOOP("ProjectChecker", "%n answer(s) choose an option of a question that has no options"),
     "SELECT count(*) FROM answer a JOIN question q ON q.id = a.question_id "
     "WHERE a.option_id IS NOT NULL AND q.type IN ('number', 'date', 'time', 'text', 'multiple')"},
    {"choice-type",
     QT_TRANSLATE_N_NOOP("ProjectChecker", "%n multiple-choice selection(s) belong to a question that is not multiple choice"),
     "SELECT count(*) FROM answer_choice c JOIN question q ON q.id = c.question_id WHERE q.type <> 'multiple'"},
    {"version-frozen",
     QT_TRANSLATE_N_NOOP("ProjectChecker", "%n questionnaire version(s) have reports but are not frozen"),
     "SELECT count(*) FROM questionnaire_version qv WHERE qv.status <> 'frozen' "
     "AND EXISTS (SELECT 1 FROM response r WHERE r.version_id = qv.id)"},
    {"section-weights",
     QT_TRANSLATE_N_NOOP("ProjectChecker", "%n weighted questionnaire version(s) have section weights that do not sum to 100"),
     "SELECT count(*) FROM (SELECT qv.id FROM questionnaire_version qv JOIN section s ON s.version_id = qv.id "
     "AND s.parent_id IS NULL WHERE qv.section_scoring = 'weighted' GROUP BY qv.id "
     "HAVING abs(total(s.weight) - 100) > 0.001)"},
    {"visit-date-in-wave",
     QT_TRANSLATE_N_NOOP("ProjectChecker", "%n visit(s) are planned outside their wave's dates"),
     "SELECT count(*) FROM visit v JOIN wave w ON w.id = v.wave_id "
     "WHERE v.planned_date IS NOT NULL AND (v.planned_date < w.starts_on OR v.planned_date > w.ends_on)"},
    {"visit-channel",
     QT_TRANSLATE_N_NOOP("ProjectChecker", "%n visit(s) play a scenario of another channel than their location's"),
     "SELECT count(*) FROM visit v JOIN location l ON l.id = v.location_id JOIN scenario s ON s.id = v.scenario_id "
     "WHERE s.channel <> l.channel"},
};

QStringList schemaObjects(const QSqlDatabase& db)
{
    QStringList objects;
    QSqlQuery query(QStringLiteral("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' "
                                   "ORDER BY type, name"),
                    db);
    while (query.next())
        objects << query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString() + QLatin1Char('\n')
                       + query.value(2).toString();
    return objects;
}

// The schema this build would create, from the same steps, in memory.
QStringList referenceSchema()
{
    const QString name = QStringLiteral("shopscope-reference-schema");
    QStringList objects;
    {
        QSqlDatabase memory = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        memory.setDatabaseName(QStringLiteral(":memory:"));
        if (memory.open()) {
            QSqlQuery(QStringLiteral("PRAGMA foreign_keys = ON"), memory);
            if (SchemaManager::migrate(memory, QStringLiteral(":memory:"), nullptr))
                objects = schemaObjects(memory);
        }
        memory.close();
    }
    QSqlDatabase::removeDatabase(name);
    return objects;
}

} // namespace

QList<ProjectChecker::Problem> ProjectChecker::check(const QSqlDatabase& db, const Options& options,
                                                     const std::function<bool(int, int)>& progress)
{
    QList<Problem> problems;
    const int steps = 5 + int(std::size(kDomainRules));
    int step = 0;
    auto advance = [&] { return !progress || progress(++step, steps); };

    QSqlQuery query(db);
    // 1. SQLite's own structure check.
    if (!query.exec(options.quick ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("PRAGMA integrity_check"))) {
        problems.append({QStringLiteral("integrity"),
                         tr("SQLite cannot check the file: %1").arg(query.lastError().databaseText()), 1});
        return problems; // nothing else can be trusted
    }
    QStringList integrity;
    while (query.next())
        integrity << query.value(0).toString();
    if (integrity != QStringList{QStringLiteral("ok")}) {
        problems.append({QStringLiteral("integrity"),
                         tr("the file is damaged: %1").arg(integrity.mid(0, 5).join(QStringLiteral("; "))),
                         integrity.size()});
        return problems;
    }
    if (!advance())
        return problems;

    // 2. Marks and version.
    if (SchemaManager::readApplicationId(db) != SchemaManager::applicationId)
        problems.append({QStringLiteral("application-id"), tr("the file is not marked as a ShopScope project"), 1});
    const int version = SchemaManager::userVersion(db);
    if (version != SchemaManager::currentVersion)
        problems.append({QStringLiteral("schema-version"),
                         tr("the file format is %1, this ShopScope writes %2").arg(version).arg(SchemaManager::currentVersion),
                         1});
    if (!advance())
        return problems;

    // 3. The schema is exactly the one the steps create (no lost index, no foreign table).
    const QStringList expected = referenceSchema();
    const QStringList actual = schemaObjects(db);
    if (version == SchemaManager::currentVersion && expected != actual) {
        const QSet<QString> expectedSet(expected.cbegin(), expected.cend());
        const QSet<QString> actualSet(actual.cbegin(), actual.cend());
        QStringList differences;
        for (const QString& object : expectedSet - actualSet)
            differences << tr("missing or altered: %1").arg(object.section(QLatin1Char('\n'), 0, 0));
        for (const QString& object : actualSet - expectedSet)
            differences << tr("unexpected: %1").arg(object.section(QLatin1Char('\n'), 0, 0));
        differences.sort();
        problems.append({QStringLiteral("schema"),
                         tr("the schema differs from ShopScope's: %1").arg(differences.join(QStringLiteral("; "))),
                         differences.size()});
    }
    if (!advance())
        return problems;

    // 4. Foreign keys, in case the file was edited with foreign keys off.
    if (query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        QHash<QString, qint64> byTable;
        while (query.next())
            ++byTable[query.value(0).toString()];
        for (auto it = byTable.cbegin(); it != byTable.cend(); ++it)
            problems.append({QStringLiteral("foreign-keys"),
                             tr("%n row(s) of table %1 point to rows that do not exist", nullptr, int(it.value())).arg(it.key()),
                             it.value()});
    }
    if (!advance())
        return problems;

    // 5. Domain rules.
    for (const DomainRule& rule : kDomainRules) {
        if (!query.exec(QString::fromLatin1(rule.sql)) || !query.next()) {
            problems.append({QString::fromLatin1(rule.rule),
                             tr("the rule could not be checked: %1").arg(query.lastError().databaseText()), 1});
        } else if (const qint64 count = query.value(0).toLongLong(); count > 0) {
            problems.append({QString::fromLatin1(rule.rule), tr(rule.message, nullptr, int(count)), count});
        }
        if (!advance())
            return problems;
    }

    // 6. The stored scores equal a fresh rescoring of the answers (a file of an older format has
    // none to compare: the schema-version problem says so already).
    if (version == SchemaManager::currentVersion) {
        QString why;
        const auto comparison = ScoreStore::compare(db, 5, &why);
        if (!comparison) {
            problems.append({QStringLiteral("scores"), tr("the stored scores could not be checked: %1").arg(why), 1});
        } else if (comparison->differing > 0) {
            // The first reports are named with what differs, so they can be looked at.
            problems.append({QStringLiteral("scores"),
                             tr("%n report(s) have stored scores that differ from a fresh rescoring (%1); run "
                                "“shopscope-cli scores rescore”", nullptr, int(comparison->differing))
                                 .arg(comparison->details.join(QStringLiteral("; "))),
                             comparison->differing});
        }
    }
    advance();
    return problems;
}

QJsonObject ProjectChecker::toJson(const QList<Problem>& problems)
{
    QJsonArray list;
    for (const Problem& problem : problems)
        list.append(QJsonObject{{QStringLiteral("rule"), problem.rule},
                                {QStringLiteral("message"), problem.message},
                                {QStringLiteral("count"), problem.count}});
    return QJsonObject{{QStringLiteral("ok"), problems.isEmpty()}, {QStringLiteral("problems"), list}};
}
