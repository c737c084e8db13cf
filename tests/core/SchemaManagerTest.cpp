#include "project/Project.h"
#include "project/ProjectConnection.h"
#include "project/SchemaManager.h"
#include "support/TestProject.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

TEST(SchemaManager, NewFileIsMarkedAndAtTheCurrentVersion)
{
    TestFolder folder;
    ProjectError error;
    ASSERT_TRUE(Project::create(folder.path(QStringLiteral("a.shopscope")), &error)) << error.message.toStdString();
    const QString file = folder.path(QStringLiteral("a.shopscope"));
    EXPECT_EQ(scalar(file, QStringLiteral("PRAGMA application_id")).toInt(), SchemaManager::applicationId);
    EXPECT_EQ(scalar(file, QStringLiteral("PRAGMA user_version")).toInt(), SchemaManager::currentVersion);
    // Every part of the domain has its table, even where the UI comes later.
    for (const char* table : {"programme", "programme_language", "questionnaire", "questionnaire_version", "section",
                              "question", "question_option", "question_text", "option_text", "geo_unit", "location",
                              "scenario", "scenario_requirement", "wave", "sample_rule", "visit", "visit_event",
                              "shopper", "shopper_personal", "shopper_conflict", "response", "answer",
                              "answer_choice", "qc_flag", "qc_decision", "visit_score", "section_score"})
        EXPECT_EQ(scalar(file, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '%1'")
                                   .arg(QLatin1String(table)))
                      .toInt(),
                  1)
            << table;
    // The rollback journal, not WAL: no -wal/-shm files beside a file that users copy around.
    EXPECT_EQ(scalar(file, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
}

TEST(SchemaManager, ConnectionsEnforceForeignKeys)
{
    TestFolder folder;
    ProjectError error;
    auto project = Project::create(folder.path(QStringLiteral("a.shopscope")), &error);
    ASSERT_TRUE(project);
    QSqlQuery query(project->database());
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 1);
    // A visit for a wave that does not exist is refused.
    EXPECT_FALSE(query.exec(QStringLiteral("INSERT INTO visit (wave_id, location_id, scenario_id) VALUES (99, 99, 99)")));
}

TEST(SchemaManager, ImpossibleStatesAreRefusedByTheSchema)
{
    TestFolder folder;
    ProjectError error;
    auto project = Project::create(folder.path(QStringLiteral("a.shopscope")), &error);
    ASSERT_TRUE(project);
    QSqlQuery query(project->database());
    ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO wave (id, code, name, starts_on, ends_on) "
                                          "VALUES (1, 'W1', 'W1', '2026-01-01', '2026-01-31')")));
    ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO location (id, code, name, channel) VALUES (1, 'L1', 'L', 'visit')")));
    ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO scenario (id, code, channel) VALUES (1, 'S1', 'visit')")));
    // A wave that ends before it starts.
    EXPECT_FALSE(query.exec(QStringLiteral("INSERT INTO wave (code, name, starts_on, ends_on) "
                                           "VALUES ('W2', 'W2', '2026-02-01', '2026-01-01')")));
    // A visit marked assigned without a shopper.
    EXPECT_FALSE(query.exec(QStringLiteral("INSERT INTO visit (wave_id, location_id, scenario_id, status) "
                                           "VALUES (1, 1, 1, 'assigned')")));
    // A latitude without a longitude.
    EXPECT_FALSE(query.exec(QStringLiteral("UPDATE location SET latitude = 56.9 WHERE id = 1")));
    // A date that is not a date.
    EXPECT_FALSE(query.exec(QStringLiteral("INSERT INTO wave (code, name, starts_on, ends_on) "
                                           "VALUES ('W3', 'W3', '2026-02-30', '2026-03-01')")));
}

TEST(SchemaManager, StepsRunInOrderEachInItsOwnTransaction)
{
    TestFolder folder;
    const QString file = folder.path(QStringLiteral("m.shopscope"));
    ProjectConnection connection;
    ASSERT_TRUE(connection.open(file, false, nullptr));
    auto steps = SchemaManager::steps();
    const int next = SchemaManager::currentVersion + 1;
    steps.push_back({next, QStringLiteral("CREATE TABLE later_table (id INTEGER PRIMARY KEY);\n"
                                          "INSERT INTO later_table (id) VALUES (42);")});
    ProjectError error;
    ASSERT_TRUE(SchemaManager::migrate(connection.database(), steps, file, &error)) << error.message.toStdString();
    EXPECT_EQ(SchemaManager::userVersion(connection.database()), next);
    QSqlQuery query(QStringLiteral("SELECT id FROM later_table"), connection.database());
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toInt(), 42);
}

TEST(SchemaManager, AFailingStepLeavesTheFileAtThePreviousVersion)
{
    TestFolder folder;
    const QString file = folder.path(QStringLiteral("m.shopscope"));
    ProjectConnection connection;
    ASSERT_TRUE(connection.open(file, false, nullptr));
    ProjectError error;
    ASSERT_TRUE(SchemaManager::migrate(connection.database(), file, &error));
    auto steps = SchemaManager::steps();
    const int next = SchemaManager::currentVersion + 1;
    steps.push_back({next, QStringLiteral("CREATE TABLE half_done (id INTEGER);\n"
                                          "INSERT INTO no_such_table VALUES (1);")});
    EXPECT_FALSE(SchemaManager::migrate(connection.database(), steps, file, &error));
    EXPECT_EQ(error.code, ProjectError::Code::Sql);
    EXPECT_TRUE(error.message.contains(QStringLiteral("format %1").arg(next))) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("no_such_table"))) << error.message.toStdString();
    EXPECT_EQ(SchemaManager::userVersion(connection.database()), SchemaManager::currentVersion);
    QSqlQuery query(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'"), connection.database());
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toInt(), 0);
}

TEST(SchemaManager, AnUpgradeThatFailsOnOpenLeavesTheFileAsItWas)
{
    TestFolder folder;
    const QString file = folder.path(QStringLiteral("old.shopscope"));
    ProjectError error;
    ASSERT_TRUE(Project::create(file, &error));
    // Claim format 0 while holding the tables of step 1: opening for editing runs step 1,
    // which fails on the existing tables; the file must stay at format 0, untouched.
    tamper(file, QStringLiteral("PRAGMA user_version = 0; DROP TABLE section_score; DROP TABLE visit_score;"));
    auto project = Project::open(file, Project::Mode::ReadWrite, &error);
    EXPECT_FALSE(project);
    EXPECT_EQ(scalar(file, QStringLiteral("PRAGMA user_version")).toInt(), 0);
    // Read-only, an old file is refused with a reason rather than silently upgraded.
    project = Project::open(file, Project::Mode::ReadOnly, &error);
    EXPECT_FALSE(project);
    EXPECT_EQ(error.code, ProjectError::Code::ReadOnly);
    EXPECT_TRUE(error.message.contains(QStringLiteral("older file format"))) << error.message.toStdString();
}

TEST(SchemaManager, AVersionOneFileIsUpgradedOnOpenForEditing)
{
    TestFolder folder;
    const QString file = folder.path(QStringLiteral("v1.shopscope"));
    {
        // A file as the first release wrote it: step 1 only.
        ProjectConnection connection;
        ASSERT_TRUE(connection.open(file, false, nullptr));
        const auto steps = SchemaManager::steps();
        ProjectError error;
        ASSERT_TRUE(SchemaManager::migrate(connection.database(), {steps.front()}, file, &error));
        QSqlQuery(QStringLiteral("INSERT INTO programme_language (code, position) VALUES ('en', 0)"), connection.database());
        QSqlQuery(QStringLiteral("INSERT INTO programme (id, programme_name, created_at) VALUES (1, 'Old', '2025-01-01')"),
                  connection.database());
    }
    ASSERT_EQ(scalar(file, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    ProjectError error;
    auto project = Project::open(file, Project::Mode::ReadWrite, &error);
    ASSERT_TRUE(project) << error.message.toStdString();
    EXPECT_EQ(SchemaManager::userVersion(project->database()), SchemaManager::currentVersion);
    EXPECT_EQ(scalar(file, QStringLiteral("SELECT programme_name FROM programme")).toString(), QStringLiteral("Old"));
    EXPECT_EQ(scalar(file, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'")).toInt(), 11);
}

TEST(SchemaManager, ReportsFreezeTheirVersionInTheFileItself)
{
    TestFolder folder;
    const QString file = folder.demoCopy(QStringLiteral("demo.shopscope"));
    ProjectError error;
    auto project = Project::open(file, Project::Mode::ReadWrite, &error);
    ASSERT_TRUE(project);
    QSqlQuery query(project->database());
    // The demo's version has reports: its questions cannot change, nor can it thaw.
    EXPECT_FALSE(query.exec(QStringLiteral("UPDATE question SET weight = 5 WHERE code = 'GRT01'")));
    EXPECT_TRUE(query.lastError().text().contains(QStringLiteral("frozen"))) << query.lastError().text().toStdString();
    EXPECT_FALSE(query.exec(QStringLiteral("DELETE FROM question_option WHERE code = 'na'")));
    EXPECT_FALSE(query.exec(QStringLiteral("UPDATE questionnaire_version SET status = 'draft'")));
    EXPECT_EQ(scalar(file, QStringLiteral("SELECT count(*) FROM question WHERE weight = 5")).toInt(), 0);
    // A new draft version takes its first report and freezes.
    ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO questionnaire_version (questionnaire_id, number, created_at) "
                                          "VALUES (1, 2, '2026-11-22')")));
    const qint64 draft = query.lastInsertId().toLongLong();
    ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO response (visit_id, version_id, language, visited_on, source) "
                                          "SELECT min(id), %1, 'en', '2026-11-20', 'entry' FROM visit "
                                          "WHERE status = 'done'").arg(draft)));
    EXPECT_EQ(scalar(file, QStringLiteral("SELECT status FROM questionnaire_version WHERE id = %1").arg(draft)).toString(),
              QStringLiteral("frozen"));
}
