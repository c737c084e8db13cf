#include "commands/LocationCommands.h"
#include "commands/UndoStack.h"
#include "io/CsvReader.h"
#include "planning/LocationImport.h"
#include "project/Project.h"
#include "support/TestProject.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

namespace {

CsvTable table(const QByteArray& csv)
{
    QList<CsvProblem> problems;
    const auto read = CsvReader().readBytes(csv, &problems, QStringLiteral("test.csv"));
    EXPECT_TRUE(read);
    return read.value_or(CsvTable());
}

QStringList messages(const LocationImport::Plan& plan)
{
    QStringList list;
    for (const CsvProblem& problem : plan.problems)
        list << problem.message;
    return list;
}

QStringList dump(const QSqlDatabase& db)
{
    QStringList rows;
    for (const char* table : {"location", "geo_unit"}) {
        QSqlQuery query(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table)), db);
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values << query.value(i).toString();
            rows << values.join(QLatin1Char('|'));
        }
    }
    return rows;
}

const QByteArray kGood = "Code,Name,Channel,Country,Region,City,Latitude,Longitude,Staff,Competitor\n"
                         "PL-001,Oddział Łódź Centrum,branch,Poland,Łódzkie,Łódź,51.7592,19.4560,14,no\n"
                         "PL-002,Oddział Kraków,visit,Poland,Małopolskie,Kraków,50.0647,19.9450,9,no\n"
                         "CMP-01,Vistula Bank Łódź,visit,Poland,Łódzkie,Łódź,51.76,19.45,,yes\n";

} // namespace

TEST(LocationImport, RecognisesHeadersInTheProgrammesLanguages)
{
    const auto latvian = LocationImport::guessMapping({QStringLiteral("Kods"), QStringLiteral("Nosaukums"),
                                                        QStringLiteral("Pilsēta"), QStringLiteral("Platums"), QStringLiteral("Garums")});
    EXPECT_EQ(latvian.value(LocationImport::Code), 0);
    EXPECT_EQ(latvian.value(LocationImport::Name), 1);
    EXPECT_EQ(latvian.value(LocationImport::City), 2);
    EXPECT_EQ(latvian.value(LocationImport::Latitude), 3);
    const auto polish = LocationImport::guessMapping({QStringLiteral("Kod"), QStringLiteral("Nazwa"), QStringLiteral("Miasto"),
                                                       QStringLiteral("Województwo")});
    EXPECT_EQ(polish.value(LocationImport::Region), 3);
    const auto swedish = LocationImport::guessMapping({QStringLiteral("Namn"), QStringLiteral("Stad"), QStringLiteral("Län")});
    EXPECT_FALSE(swedish.contains(LocationImport::Code));
    EXPECT_TRUE(LocationImport::mappingProblem(swedish).contains(QStringLiteral("Code")));
}

TEST(LocationImport, EveryProblemIsNamedWithItsPlace)
{
    TestFolder folder;
    ProjectError error;
    auto project = Project::create(folder.path(QStringLiteral("p.shopscope")), &error);
    ASSERT_TRUE(project);
    const CsvTable csv = table("Code,Name,Channel,Country,Region,Latitude,Longitude,Competitor\n"
                               ",Nameless,visit,Latvia,Rīga,56.9,24.1,no\n"
                               "LV-1,Rīga,visit,Latvia,Rīga,56.9,24.1,no\n"
                               "LV-1,Rīga again,visit,Latvia,Rīga,56.9,24.1,no\n"
                               "LV-2,Jūrmala,teleport,Latvia,Rīga,56.9,,no\n"
                               "LV-3,Liepāja,visit,,Kurzeme,56.5,21.0,maybe\n");
    const auto plan = LocationImport::plan(project->database(), csv, LocationImport::guessMapping(csv.header), {},
                                           QStringLiteral("test.csv"));
    const QStringList found = messages(plan);
    const QString all = found.join(QLatin1Char('\n'));
    EXPECT_TRUE(found.contains(QStringLiteral("line 2, column 1 (Code): the location code is empty"))) << all.toStdString();
    EXPECT_TRUE(found.contains(QStringLiteral("line 4, column 1 (Code): the code LV-1 is already on line 3"))) << all.toStdString();
    EXPECT_TRUE(found.contains(QStringLiteral("line 5, column 3 (Channel): “teleport” is not a channel (use visit, call, email, "
                                              "web, social or audit)")))
        << all.toStdString();
    EXPECT_TRUE(found.contains(QStringLiteral("line 5, column 7 (Longitude): a coordinate needs both latitude and longitude")))
        << all.toStdString();
    EXPECT_TRUE(found.contains(QStringLiteral("line 6, column 8 (Competitor): “maybe” is not yes or no"))) << all.toStdString();
    EXPECT_TRUE(found.contains(QStringLiteral("line 6, column 4 (Country): a region or area needs its country"))) << all.toStdString();
    EXPECT_EQ(plan.records.size(), 1u) << "only LV-1 on line 3 is sound";
    EXPECT_TRUE(plan.hasErrors());

    // Nothing is written from a plan with errors unless the user chose the valid rows.
    QString message;
    EXPECT_FALSE(Command::importLocations(project.get(), plan, QStringLiteral("test.csv"), false, &message));
    EXPECT_TRUE(message.contains(QStringLiteral("nothing was imported")));
    EXPECT_EQ(scalar(project->filePath(), QStringLiteral("SELECT count(*) FROM location")).toInt(), 0);
    ASSERT_TRUE(Command::importLocations(project.get(), plan, QStringLiteral("test.csv"), true, &message)) << message.toStdString();
    EXPECT_EQ(scalar(project->filePath(), QStringLiteral("SELECT count(*) FROM location")).toInt(), 1);
}

TEST(LocationImport, UnknownRegionsCanBeRefused)
{
    TestFolder folder;
    ProjectError error;
    auto project = Project::open(folder.demoCopy(QStringLiteral("demo.shopscope")), Project::Mode::ReadWrite, &error);
    ASSERT_TRUE(project);
    const CsvTable csv = table("Code,Name,Country,Region\nX-1,Somewhere,Latvia,Kurzeme\nX-2,Elsewhere,Latvia,Atlantis\n");
    LocationImport::Options options;
    options.createMissingRegions = false;
    const auto plan = LocationImport::plan(project->database(), csv, LocationImport::guessMapping(csv.header), options,
                                           QStringLiteral("test.csv"));
    ASSERT_EQ(plan.problems.size(), 1);
    EXPECT_EQ(plan.problems.first().message,
              QStringLiteral("line 3, column 4 (Region): “Atlantis” is not a known region of the programme"));
    EXPECT_EQ(plan.records.size(), 1u);
}

TEST(LocationImport, ReimportUpdatesByCodeAndUndoRestoresExactly)
{
    TestFolder folder;
    ProjectError error;
    auto project = Project::create(folder.path(QStringLiteral("p.shopscope")), &error);
    ASSERT_TRUE(project);
    const QStringList empty = dump(project->database());
    const CsvTable first = table(kGood);
    auto plan = LocationImport::plan(project->database(), first, LocationImport::guessMapping(first.header), {},
                                     QStringLiteral("good.csv"));
    ASSERT_FALSE(plan.hasErrors()) << messages(plan).join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(plan.inserts, 3);
    EXPECT_EQ(plan.newGeography, (QStringList{QStringLiteral("Poland"), QStringLiteral("Poland > Łódzkie"),
                                              QStringLiteral("Poland > Małopolskie")}));
    QString message;
    ASSERT_TRUE(Command::importLocations(project.get(), plan, QStringLiteral("good.csv"), false, &message)) << message.toStdString();
    const QStringList afterFirst = dump(project->database());
    EXPECT_EQ(scalar(project->filePath(), QStringLiteral("SELECT is_competitor FROM location WHERE code = 'CMP-01'")).toInt(), 1);
    EXPECT_EQ(scalar(project->filePath(), QStringLiteral("SELECT channel FROM location WHERE code = 'PL-001'")).toString(),
              QStringLiteral("visit")) << "“branch” means a branch visit";

    // The client sends the list again with a renamed branch and a new one: update, not duplicate.
    const CsvTable second = table("Code,Name,Staff\nPL-001,Oddział Łódź Piotrkowska,15\nPL-003,Oddział Gdańsk,7\n");
    plan = LocationImport::plan(project->database(), second, LocationImport::guessMapping(second.header), {},
                                QStringLiteral("update.csv"));
    EXPECT_EQ(plan.updates, 1);
    EXPECT_EQ(plan.inserts, 1);
    ASSERT_TRUE(Command::importLocations(project.get(), plan, QStringLiteral("update.csv"), false, &message));
    EXPECT_EQ(scalar(project->filePath(), QStringLiteral("SELECT count(*) FROM location")).toInt(), 4);
    EXPECT_EQ(scalar(project->filePath(), QStringLiteral("SELECT name FROM location WHERE code = 'PL-001'")).toString(),
              QStringLiteral("Oddział Łódź Piotrkowska"));
    EXPECT_EQ(scalar(project->filePath(), QStringLiteral("SELECT city FROM location WHERE code = 'PL-001'")).toString(),
              QStringLiteral("Łódź")) << "fields the file does not have are left as they were";
    const QStringList afterSecond = dump(project->database());

    ASSERT_TRUE(project->undoStack()->undo(&message));
    EXPECT_EQ(dump(project->database()), afterFirst);
    ASSERT_TRUE(project->undoStack()->undo(&message));
    EXPECT_EQ(dump(project->database()), empty);
    ASSERT_TRUE(project->undoStack()->redo(&message));
    EXPECT_EQ(dump(project->database()), afterFirst) << "redo puts back the very same rows";
    ASSERT_TRUE(project->undoStack()->redo(&message));
    EXPECT_EQ(dump(project->database()), afterSecond);
}

TEST(LocationEditing, AFormIsCheckedLikeAnImportedRowAndUndoable)
{
    TestFolder folder;
    ProjectError error;
    auto project = Project::open(folder.demoCopy(QStringLiteral("demo.shopscope")), Project::Mode::ReadWrite, &error);
    ASSERT_TRUE(project);
    QString problems;
    QHash<QString, QString> values{{QStringLiteral("code"), QStringLiteral("LV-NEW")}, {QStringLiteral("name"), QStringLiteral("Filiāle Cēsis")},
                                   {QStringLiteral("channel"), QStringLiteral("visit")}, {QStringLiteral("country"), QStringLiteral("Latvia")},
                                   {QStringLiteral("region"), QStringLiteral("Vidzeme")}, {QStringLiteral("latitude"), QStringLiteral("57.3119")},
                                   {QStringLiteral("longitude"), QStringLiteral("")}};
    EXPECT_FALSE(Command::saveLocation(project.get(), values, &problems));
    EXPECT_EQ(problems, QStringLiteral("Longitude: a coordinate needs both latitude and longitude"));
    values.insert(QStringLiteral("longitude"), QStringLiteral("25.2706"));
    ASSERT_TRUE(Command::saveLocation(project.get(), values, &problems)) << problems.toStdString();
    EXPECT_EQ(scalar(project->filePath(), QStringLiteral("SELECT name FROM location WHERE code = 'LV-NEW'")).toString(),
              QStringLiteral("Filiāle Cēsis"));
    EXPECT_TRUE(project->undoStack()->undoText().contains(QStringLiteral("Add location LV-NEW")));
    values.insert(QStringLiteral("name"), QStringLiteral("Filiāle Cēsis Centrs"));
    ASSERT_TRUE(Command::saveLocation(project.get(), values, &problems));
    EXPECT_TRUE(project->undoStack()->undoText().contains(QStringLiteral("Edit location LV-NEW")));
    ASSERT_TRUE(project->undoStack()->undo(&problems));
    EXPECT_EQ(scalar(project->filePath(), QStringLiteral("SELECT name FROM location WHERE code = 'LV-NEW'")).toString(),
              QStringLiteral("Filiāle Cēsis"));
}

TEST(LocationEditing, DeletingKeepsWhatVisitsUseAndUndoRestoresHours)
{
    TestFolder folder;
    ProjectError error;
    auto project = Project::open(folder.demoCopy(QStringLiteral("demo.shopscope")), Project::Mode::ReadWrite, &error);
    ASSERT_TRUE(project);
    const QString used = scalar(project->filePath(), QStringLiteral("SELECT code FROM location WHERE id = (SELECT min(location_id) FROM visit)")).toString();
    QString message;
    EXPECT_FALSE(Command::deleteLocations(project.get(), {used}, &message));
    EXPECT_TRUE(message.contains(QStringLiteral("deactivate it instead"))) << message.toStdString();
    // A location without visits goes, with its opening hours, and comes back whole.
    QSqlQuery query(project->database());
    ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO location (code, name, channel) VALUES ('TMP-1', 'Pop-up', 'visit')")));
    const qint64 id = query.lastInsertId().toLongLong();
    ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO location_hours (location_id, weekday, opens, closes) VALUES (%1, 1, '09:00', '17:00')").arg(id)));
    const QStringList before = dump(project->database());
    ASSERT_TRUE(Command::deleteLocations(project.get(), {QStringLiteral("TMP-1")}, &message)) << message.toStdString();
    EXPECT_EQ(scalar(project->filePath(), QStringLiteral("SELECT count(*) FROM location_hours WHERE location_id = %1").arg(id)).toInt(), 0);
    ASSERT_TRUE(project->undoStack()->undo(&message));
    EXPECT_EQ(dump(project->database()), before);
    EXPECT_EQ(scalar(project->filePath(), QStringLiteral("SELECT count(*) FROM location_hours WHERE location_id = %1").arg(id)).toInt(), 1);
}
