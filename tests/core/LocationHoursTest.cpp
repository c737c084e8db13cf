#include "commands/LocationCommands.h"
#include "commands/UndoStack.h"
#include "io/CsvReader.h"
#include "planning/LocationDetails.h"
#include "planning/LocationExport.h"
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
    const auto read = CsvReader().readBytes(csv, &problems, QStringLiteral("hours.csv"));
    EXPECT_TRUE(read);
    return read.value_or(CsvTable());
}

// Every row of the location tables, children included, in a stable order.
QStringList dump(const QSqlDatabase& db)
{
    QStringList rows;
    for (const char* sql : {"SELECT * FROM location ORDER BY id", "SELECT * FROM geo_unit ORDER BY id",
                            "SELECT * FROM location_hours ORDER BY location_id, weekday, opens",
                            "SELECT * FROM location_attribute ORDER BY location_id, name"}) {
        QSqlQuery query(QString::fromLatin1(sql), db);
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values << query.value(i).toString();
            rows << values.join(QLatin1Char('|'));
        }
    }
    return rows;
}

// One location's hours as "1 09:00-12:00;13:00-18:00 | 2 ...", from the file itself.
QString hoursOf(const Project& project, const QString& code)
{
    QString error;
    const auto details = LocationDetails::load(project.database(), code, &error);
    EXPECT_TRUE(details) << error.toStdString();
    if (!details)
        return {};
    QStringList days;
    for (int weekday = 1; weekday <= 7; ++weekday)
        if (!details->hours[size_t(weekday - 1)].isEmpty())
            days << QStringLiteral("%1 %2").arg(weekday).arg(
                OpeningHours::formatDay(details->hours[size_t(weekday - 1)], OpeningHours::Style::Csv));
    return days.join(QStringLiteral(" | "));
}

QHash<QString, QString> form(const QString& code)
{
    QHash<QString, QString> values{{QStringLiteral("code"), code},
                                   {QStringLiteral("name"), QStringLiteral("Filiāle Cēsis")},
                                   {QStringLiteral("channel"), QStringLiteral("visit")},
                                   {QStringLiteral("staff"), QStringLiteral("12")},
                                   {QStringLiteral("size"), QStringLiteral("M")},
                                   {QStringLiteral("manager_email"), QStringLiteral("ilze@nordbank.example")}};
    for (int weekday = 1; weekday <= 7; ++weekday)
        values.insert(QStringLiteral("hours_") + OpeningHours::weekdayKey(weekday), QString());
    return values;
}

} // namespace

TEST(LocationHours, AFormSavesHoursAndAttributesInOneUndoStep)
{
    TestFolder folder;
    ProjectError error;
    auto project = Project::open(folder.demoCopy(QStringLiteral("demo.shopscope")), Project::Mode::ReadWrite, &error);
    ASSERT_TRUE(project);
    const QStringList before = dump(project->database());
    QHash<QString, QString> values = form(QStringLiteral("LV-CES"));
    values.insert(QStringLiteral("hours_mon"), QStringLiteral("09:00–12:00, 13:00–18:00"));
    values.insert(QStringLiteral("hours_tue"), QStringLiteral("9-17"));
    values.insert(QStringLiteral("hours_sat"), QStringLiteral("10:00-14:00"));
    const LocationImport::Attributes attributes{{QStringLiteral("floor"), QStringLiteral("2")},
                                                {QStringLiteral("cash desks"), QStringLiteral("3")}};
    QString problems;
    ASSERT_TRUE(Command::saveLocation(project.get(), values, attributes, &problems)) << problems.toStdString();
    EXPECT_EQ(hoursOf(*project, QStringLiteral("LV-CES")), QStringLiteral("1 09:00-12:00;13:00-18:00 | 2 09:00-17:00 | 6 10:00-14:00"));
    const auto saved = LocationDetails::load(project->database(), QStringLiteral("LV-CES"), &problems);
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->attributes, (LocationImport::Attributes{{QStringLiteral("cash desks"), QStringLiteral("3")},
                                                             {QStringLiteral("floor"), QStringLiteral("2")}}));
    EXPECT_EQ(saved->values.value(QStringLiteral("staff")).toInt(), 12);
    EXPECT_EQ(saved->values.value(QStringLiteral("size")).toString(), QStringLiteral("M"));
    EXPECT_EQ(saved->values.value(QStringLiteral("manager_email")).toString(), QStringLiteral("ilze@nordbank.example"));
    const QStringList added = dump(project->database());

    // An edit: Tuesday becomes closed, Monday one interval, an attribute goes, one is renamed.
    values.insert(QStringLiteral("hours_mon"), QStringLiteral("08:30-16:30"));
    values.insert(QStringLiteral("hours_tue"), QString());
    ASSERT_TRUE(Command::saveLocation(project.get(), values, {{QStringLiteral("floors"), QStringLiteral("2")}}, &problems))
        << problems.toStdString();
    EXPECT_EQ(hoursOf(*project, QStringLiteral("LV-CES")), QStringLiteral("1 08:30-16:30 | 6 10:00-14:00"));
    EXPECT_EQ(scalar(project->filePath(), QStringLiteral("SELECT group_concat(name) FROM location_attribute WHERE location_id = "
                                                         "(SELECT id FROM location WHERE code = 'LV-CES')"))
                  .toString(),
              QStringLiteral("floors"));
    EXPECT_EQ(project->undoStack()->undoText(), QStringLiteral("Edit location LV-CES"));
    const QStringList edited = dump(project->database());

    // One undo step per save, exact both ways.
    ASSERT_TRUE(project->undoStack()->undo(&problems));
    EXPECT_EQ(dump(project->database()), added);
    ASSERT_TRUE(project->undoStack()->undo(&problems));
    EXPECT_EQ(dump(project->database()), before);
    ASSERT_TRUE(project->undoStack()->redo(&problems));
    EXPECT_EQ(dump(project->database()), added);
    ASSERT_TRUE(project->undoStack()->redo(&problems));
    EXPECT_EQ(dump(project->database()), edited);
}

TEST(LocationHours, BadHoursAreNamedByTheirDayAndChangeNothing)
{
    TestFolder folder;
    ProjectError error;
    auto project = Project::open(folder.demoCopy(QStringLiteral("demo.shopscope")), Project::Mode::ReadWrite, &error);
    ASSERT_TRUE(project);
    const QString code = scalar(project->filePath(), QStringLiteral("SELECT min(code) FROM location WHERE channel = 'visit'")).toString();
    const QStringList before = dump(project->database());
    QHash<QString, QString> values = form(code);
    values.insert(QStringLiteral("hours_tue"), QStringLiteral("19:00-18:00"));
    values.insert(QStringLiteral("hours_fri"), QStringLiteral("09:00-13:00, 12:00-18:00"));
    QString problems;
    EXPECT_FALSE(Command::saveLocation(project.get(), values, {{QString(), QStringLiteral("orphan")},
                                                              {QStringLiteral("Floor"), QStringLiteral("1")},
                                                              {QStringLiteral("floor"), QStringLiteral("2")}},
                                       &problems));
    EXPECT_EQ(problems, QStringLiteral("Tuesday: 18:00 is not after 19:00\n"
                                       "Friday: 12:00–18:00 overlaps 09:00–13:00\n"
                                       "Attributes: the value “orphan” needs a name\n"
                                       "Attributes: “floor” is given twice"));
    EXPECT_EQ(dump(project->database()), before);
    EXPECT_FALSE(project->undoStack()->canUndo());
}

TEST(LocationHours, ImportReadsOneColumnPerWeekdayAndExportWritesThem)
{
    TestFolder folder;
    ProjectError error;
    auto project = Project::create(folder.path(QStringLiteral("p.shopscope")), &error);
    ASSERT_TRUE(project);
    // A Swedish client's list with its own header words for the days.
    const CsvTable first = table("Kod,Namn,Måndag,Tisdag,Onsdag,Torsdag,Fredag,Lördag,Söndag\n"
                                 "SE-1,Kontor Göteborg,9-17,9-17,9-17,9-17,9-12;13-16,stängt,\n"
                                 "SE-2,Kontor Malmö,09:00-18:00,,,,,,\n");
    const auto mapping = LocationImport::guessMapping(first.header);
    for (int weekday = 1; weekday <= 7; ++weekday)
        EXPECT_EQ(mapping.value(LocationImport::hoursField(weekday), -1), weekday + 1) << weekday;
    auto plan = LocationImport::plan(project->database(), first, mapping, {}, QStringLiteral("se.csv"));
    ASSERT_FALSE(plan.hasErrors());
    QString message;
    ASSERT_TRUE(Command::importLocations(project.get(), plan, QStringLiteral("se.csv"), false, &message)) << message.toStdString();
    EXPECT_EQ(hoursOf(*project, QStringLiteral("SE-1")),
              QStringLiteral("1 09:00-17:00 | 2 09:00-17:00 | 3 09:00-17:00 | 4 09:00-17:00 | 5 09:00-12:00;13:00-16:00"));
    EXPECT_EQ(hoursOf(*project, QStringLiteral("SE-2")), QStringLiteral("1 09:00-18:00"));
    const QStringList afterFirst = dump(project->database());

    // A later file with Saturdays only: the other days stay as they were; a bad cell is named.
    const CsvTable second = table("code,name,hours_sat\nSE-1,Kontor Göteborg,10-14\nSE-2,Kontor Malmö,14-10\n");
    plan = LocationImport::plan(project->database(), second, LocationImport::guessMapping(second.header), {},
                                QStringLiteral("saturdays.csv"));
    ASSERT_EQ(plan.problems.size(), 1);
    EXPECT_EQ(plan.problems.first().message, QStringLiteral("line 3, column 3 (hours_sat): 10:00 is not after 14:00"));
    ASSERT_TRUE(Command::importLocations(project.get(), plan, QStringLiteral("saturdays.csv"), true, &message));
    EXPECT_EQ(hoursOf(*project, QStringLiteral("SE-1")),
              QStringLiteral("1 09:00-17:00 | 2 09:00-17:00 | 3 09:00-17:00 | 4 09:00-17:00 | 5 09:00-12:00;13:00-16:00 | 6 10:00-14:00"));
    ASSERT_TRUE(project->undoStack()->undo(&message));
    EXPECT_EQ(dump(project->database()), afterFirst) << "undo puts the hours back as they were";

    // The export writes one column per weekday, which the importer maps by itself.
    const QList<QStringList> rows = LocationExport::rows(project->database(), &message);
    ASSERT_EQ(rows.size(), 3);
    const qsizetype friday = rows.first().indexOf(QStringLiteral("hours_fri"));
    ASSERT_GE(friday, 0);
    EXPECT_EQ(rows[1][friday], QStringLiteral("09:00-12:00;13:00-16:00"));
    EXPECT_EQ(rows[1][rows.first().indexOf(QStringLiteral("hours_sat"))], QString());
    const auto exportedMapping = LocationImport::guessMapping(rows.first());
    EXPECT_EQ(exportedMapping.value(LocationImport::HoursFriday, -1), friday);
}
