#include "commands/ShopperCommands.h"
#include "commands/UndoStack.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "project/Project.h"
#include "shoppers/ShopperExport.h"
#include "shoppers/ShopperImport.h"
#include "shoppers/ShopperStore.h"
#include "shoppers/ShopperValidator.h"
#include "support/ShopperRows.h"
#include "support/TestProject.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

// The shopper importer over the corpus in data/shoppers (see make_corpus.py there): encodings,
// delimiters, Latvian headers, decimal commas, every problem named with its line and column,
// update by code, and an export that keeps personal data out unless asked.

namespace {
using F = ShopperFields;

struct Read
{
    CsvTable table;
    QList<CsvProblem> problems;
};

Read readCorpus(const QString& name)
{
    Read read;
    const auto table = CsvReader().readFile(QStringLiteral(SHOPSCOPE_SHOPPER_DATA "/") + name, &read.problems);
    EXPECT_TRUE(table) << name.toStdString();
    read.table = table.value_or(CsvTable());
    return read;
}

ShopperImport::Plan planOf(Project* project, const CsvTable& table, const QString& name = QStringLiteral("test.csv"))
{
    ShopperImport::Options options;
    options.decimalComma = table.dialect.decimalComma;
    return ShopperImport::plan(project->database(), table, ShopperImport::guessMapping(table.header), options, name);
}

QStringList messages(const QList<CsvProblem>& problems)
{
    QStringList list;
    for (const CsvProblem& problem : problems)
        list << problem.message;
    return list;
}


std::unique_ptr<Project> newProject(const TestFolder& folder, const QString& name = QStringLiteral("p.shopscope"))
{
    ProjectError error;
    auto project = Project::create(folder.path(name), &error);
    EXPECT_TRUE(project) << error.message.toStdString();
    return project;
}

CsvTable table(const QByteArray& csv)
{
    const auto read = CsvReader().readBytes(csv, nullptr, QStringLiteral("test.csv"));
    EXPECT_TRUE(read);
    return read.value_or(CsvTable());
}
} // namespace

TEST(ShopperImport, ReadsAUtf8FileWithEveryFieldAndAQuotedLineBreak)
{
    TestFolder folder;
    auto project = newProject(folder);
    const Read read = readCorpus(QStringLiteral("panel-utf8-bom.csv"));
    EXPECT_EQ(read.table.dialect.encoding, QByteArray("UTF-8"));
    const auto mapping = ShopperImport::guessMapping(read.table.header);
    EXPECT_EQ(mapping.size(), F::FieldCount) << "the export's header maps every field by itself";
    const auto plan = planOf(project.get(), read.table);
    EXPECT_TRUE(plan.problems.isEmpty()) << messages(plan.problems).join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(plan.inserts, 3);
    QString error;
    ASSERT_TRUE(Command::importShoppers(project.get(), plan, QStringLiteral("panel-utf8-bom.csv"), false, &error))
        << error.toStdString();

    const auto zofia = ShopperStore::load(project->database(), QStringLiteral("PL-0001"), &error);
    ASSERT_TRUE(zofia);
    EXPECT_EQ(zofia->personal.fullName, QStringLiteral("Zofia Jędrzejczyk"));
    EXPECT_EQ(zofia->personal.address, QStringLiteral("ul. Piotrkowska 12\nm. 4"));
    EXPECT_EQ(zofia->homeCity, QStringLiteral("Łódź"));
    EXPECT_EQ(zofia->languages, (QStringList{QStringLiteral("en"), QStringLiteral("pl")}));
    EXPECT_EQ(zofia->tags, (QStringList{QStringLiteral("customer"), QStringLiteral("has-car")}));
    EXPECT_DOUBLE_EQ(zofia->latitude.value_or(0), 51.7592);
    EXPECT_EQ(zofia->capacityPerWave, 6);
    EXPECT_DOUBLE_EQ(zofia->rating.value_or(0), 4.5);
    EXPECT_EQ(zofia->joinedOn, QDate(2024, 3, 1));
    ASSERT_EQ(zofia->unavailable.size(), 1);
    EXPECT_EQ(zofia->unavailable.first().to, QDate(2027, 1, 6));
    const auto lukasz = ShopperStore::load(project->database(), QStringLiteral("PL-0002"), &error);
    ASSERT_TRUE(lukasz);
    EXPECT_EQ(lukasz->status, QStringLiteral("paused"));
    ASSERT_EQ(lukasz->conflicts.size(), 1);
    EXPECT_EQ(lukasz->conflicts.first().brand, QStringLiteral("Vistula Bank"));
    const auto pawel = ShopperStore::load(project->database(), QStringLiteral("PL-0003"), &error);
    ASSERT_TRUE(pawel);
    EXPECT_FALSE(pawel->latitude.has_value());
    EXPECT_EQ(pawel->gender, QStringLiteral("other"));
}

TEST(ShopperImport, ReadsExcelUnicodeTextWithSwedishAndNorwegianHeaders)
{
    TestFolder folder;
    auto project = newProject(folder);
    const Read read = readCorpus(QStringLiteral("panel-excel-unicode.txt"));
    EXPECT_EQ(read.table.dialect.encoding, QByteArray("UTF-16LE"));
    EXPECT_EQ(read.table.dialect.delimiter, '\t');
    const auto plan = planOf(project.get(), read.table);
    EXPECT_TRUE(plan.problems.isEmpty()) << messages(plan.problems).join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(plan.records.size(), 2u);
    const Shopper& bjorn = plan.records[1].after;
    EXPECT_EQ(bjorn.personal.fullName, QStringLiteral("Bjørn Ærø-Hansen"));
    EXPECT_EQ(bjorn.homeCity, QStringLiteral("Tromsø"));
    EXPECT_EQ(bjorn.gender, QStringLiteral("male")) << "“mann”";
    EXPECT_EQ(plan.records[0].after.gender, QStringLiteral("female")) << "“kvinna”";
    EXPECT_EQ(plan.records[0].after.languages, (QStringList{QStringLiteral("en"), QStringLiteral("sv")}));
    EXPECT_EQ(bjorn.birthYear, 1984);
}

TEST(ShopperImport, ReadsWindows1257WithLatvianHeadersAndDecimalCommas)
{
    TestFolder folder;
    auto project = newProject(folder);
    const Read read = readCorpus(QStringLiteral("panel-windows1257.csv"));
    EXPECT_EQ(read.table.dialect.encoding, QByteArray("windows-1257"));
    EXPECT_EQ(read.table.dialect.delimiter, ';');
    EXPECT_TRUE(read.table.dialect.decimalComma);
    const auto mapping = ShopperImport::guessMapping(read.table.header);
    EXPECT_EQ(mapping.value(F::Name), 1) << "Vārds uzvārds";
    EXPECT_EQ(mapping.value(F::Latitude), 4) << "Platums";
    EXPECT_EQ(mapping.value(F::BirthYear), 8) << "Dzimšanas gads";
    const auto plan = planOf(project.get(), read.table);
    EXPECT_TRUE(plan.problems.isEmpty()) << messages(plan.problems).join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(plan.records.size(), 4u);
    const Shopper& girts = plan.records[0].after;
    EXPECT_EQ(girts.personal.fullName, QStringLiteral("Ģirts Ķēniņš"));
    EXPECT_EQ(girts.homeCity, QStringLiteral("Rīga"));
    EXPECT_DOUBLE_EQ(girts.latitude.value_or(0), 56.9496);
    EXPECT_DOUBLE_EQ(girts.rating.value_or(0), 4.7);
    EXPECT_EQ(girts.gender, QStringLiteral("male")) << "“vīrietis”";
    EXPECT_EQ(girts.languages, (QStringList{QStringLiteral("en"), QStringLiteral("lv"), QStringLiteral("ru")}));
    EXPECT_EQ(plan.records[2].after.personal.fullName, QStringLiteral("Žydrūnas Čepulis"));
    EXPECT_EQ(plan.records[3].after.homeCity, QStringLiteral("Klaipėda"));
    EXPECT_FALSE(plan.records[3].after.rating.has_value()) << "an empty rating is no rating";
}

TEST(ShopperImport, NamesEveryProblemWithItsLineAndColumn)
{
    TestFolder folder;
    auto project = newProject(folder);
    const Read read = readCorpus(QStringLiteral("panel-problems.csv"));
    const auto plan = planOf(project.get(), read.table);
    const QStringList found = messages(plan.problems);
    const std::string all = found.join(QLatin1Char('\n')).toStdString();
    const QStringList expected = {
        QStringLiteral("line 2, column 3 (email): “anna@” is not an e-mail address"),
        QStringLiteral("line 3, column 4 (latitude): “95.5” is not a latitude (a number from -90 to 90)"),
        QStringLiteral("line 4, column 5 (longitude): a coordinate needs both latitude and longitude"),
        QStringLiteral("line 5, column 6 (rating): must be from 0 to 5, not 7"),
        QStringLiteral("line 6, column 6 (rating): “good” is not a rating (a number from 0 to 5)"),
        QStringLiteral("line 7, column 7 (gender): “maybe” is not a gender (female, male or other)"),
        QStringLiteral("line 7, column 9 (status): “retired” is not a status (active, paused or blocked)"),
        QStringLiteral("line 7, column 8 (birth_year): must be from 1900 to %1 (shoppers are 16 or older), not 2015")
            .arg(ShopperValidator::latestBirthYear()),
        QStringLiteral("line 8, column 10 (conflict_locations): there is no location NOWHERE-1 in the programme"),
        QStringLiteral("line 8, column 11 (unavailable): 2026-07-14 to 2026-07-01 ends before it starts"),
        QStringLiteral("line 9, column 1 (code): the code BAD-01 is already on line 2"),
    };
    for (const QString& message : expected)
        EXPECT_TRUE(found.contains(message)) << message.toStdString() << "\nin\n" << all;
    EXPECT_EQ(found.size(), expected.size()) << all;
    for (const CsvProblem& problem : plan.problems) {
        EXPECT_GT(problem.line, 0);
        EXPECT_GT(problem.column, 0) << "every problem names its column: " << problem.message.toStdString();
    }
    ASSERT_EQ(plan.records.size(), 1u) << "only OK-08 is sound";
    EXPECT_EQ(plan.records.front().after.code, QStringLiteral("OK-08"));

    // All or nothing, unless the user chose the valid rows.
    QString error;
    EXPECT_FALSE(Command::importShoppers(project.get(), plan, QStringLiteral("panel-problems.csv"), false, &error));
    EXPECT_EQ(error, QStringLiteral("panel-problems.csv has problems; nothing was imported"));
    EXPECT_EQ(scalar(project->filePath(), QStringLiteral("SELECT count(*) FROM shopper")).toInt(), 0);
    ASSERT_TRUE(Command::importShoppers(project.get(), plan, QStringLiteral("panel-problems.csv"), true, &error));
    EXPECT_EQ(scalar(project->filePath(), QStringLiteral("SELECT code FROM shopper")).toString(), QStringLiteral("OK-08"));
}

TEST(ShopperImport, ReportsFormulaCellsAndRestoresTheExportsApostrophe)
{
    TestFolder folder;
    auto project = newProject(folder);
    const Read read = readCorpus(QStringLiteral("panel-formulas.csv"));
    const auto plan = planOf(project.get(), read.table);
    const QStringList found = messages(plan.problems);
    const std::string all = found.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(found.contains(QStringLiteral("line 2, column 2 (name): “=cmd|' /C calc'!A0” looks like a spreadsheet "
                                              "formula; it is kept as text (exports write it so that spreadsheets do not run it)")))
        << all;
    EXPECT_TRUE(found.contains(QStringLiteral("line 3, column 2 (name): “@SUM(A1:A9)” looks like a spreadsheet formula; it is "
                                              "kept as text (exports write it so that spreadsheets do not run it)")))
        << all;
    EXPECT_TRUE(std::any_of(found.cbegin(), found.cend(),
                            [](const QString& m) { return m.startsWith(QStringLiteral("line 3, column 5 (tags): “=HYPERLINK(")); }))
        << all;
    EXPECT_TRUE(found.contains(QStringLiteral("line 4, column 3 (phone): “-2+3” is not a phone number (digits, spaces and "
                                              "+ ( ) - . / only)")))
        << all;
    EXPECT_EQ(found.size(), 4) << "phone numbers starting with + are not formulas: " << all;
    ASSERT_EQ(plan.records.size(), 2u) << "formulas are warnings: the rows import, as text";
    EXPECT_EQ(plan.records[0].after.personal.fullName, QStringLiteral("=cmd|' /C calc'!A0"));
    EXPECT_EQ(plan.records[1].after.personal.phone, QStringLiteral("+371 2612 3457")) << "the export's apostrophe came off";

    // Written back out, no cell starts a formula.
    QString error;
    ASSERT_TRUE(Command::importShoppers(project.get(), plan, QStringLiteral("f.csv"), true, &error)) << error.toStdString();
    const QByteArray bytes = CsvWriter().toBytes(ShopperExport::rows(project->database(), true, &error));
    EXPECT_TRUE(bytes.contains("'=cmd|")) << bytes.constData();
    EXPECT_TRUE(bytes.contains("'@SUM(A1:A9)")) << bytes.constData();
    EXPECT_FALSE(bytes.contains(",=")) << bytes.constData();
}

TEST(ShopperImport, RefusesFilesThatCannotBeReadAsAWhole)
{
    QList<CsvProblem> problems;
    EXPECT_FALSE(CsvReader().readBytes(QByteArray("code,name\nS-1,An\0na\n", 20), &problems, QStringLiteral("nul.csv")));
    ASSERT_FALSE(problems.isEmpty());
    EXPECT_EQ(problems.first().message, QStringLiteral("line 2 contains a NUL byte: is this a binary file?"));

    // A field over the limit leaves its row out, named by line and column.
    problems.clear();
    const QByteArray huge = "code,name\nS-1,Anna\nS-2," + QByteArray(CsvReader::defaultMaxFieldBytes + 10, 'x') + "\n";
    const auto read = CsvReader().readBytes(huge, &problems, QStringLiteral("huge.csv"));
    ASSERT_TRUE(read);
    EXPECT_EQ(read->rows.size(), 1);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().message.startsWith(QStringLiteral("line 3, column 2: field too long")))
        << problems.first().message.toStdString();
}

TEST(ShopperImport, ReimportUpdatesByCodeOnlyTheMappedFieldsAndUndoIsExact)
{
    TestFolder folder;
    auto project = newProject(folder);
    const QStringList empty = shopperRows(project->database());
    const Read read = readCorpus(QStringLiteral("panel-utf8-bom.csv"));
    QString error;
    ASSERT_TRUE(Command::importShoppers(project.get(), planOf(project.get(), read.table), QStringLiteral("a.csv"), false, &error));
    const QStringList afterFirst = shopperRows(project->database());

    // The same file again changes nothing and makes no undo step.
    const auto again = planOf(project.get(), read.table);
    EXPECT_EQ(again.inserts, 0);
    EXPECT_EQ(again.updates, 0);
    EXPECT_EQ(again.unchanged, 3);
    ASSERT_TRUE(Command::importShoppers(project.get(), again, QStringLiteral("a.csv"), false, &error));
    EXPECT_EQ(project->undoStack()->count(), 1);

    // A partial file: a new rating for one, a new shopper; nothing else of PL-0001 changes.
    const CsvTable partial = table("code,rating,conflict_brands\nPL-0001,3.9,Nordbank\nPL-0009,,\n");
    const auto update = planOf(project.get(), partial);
    EXPECT_TRUE(update.problems.isEmpty()) << messages(update.problems).join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(update.updates, 1);
    EXPECT_EQ(update.inserts, 1);
    ASSERT_TRUE(Command::importShoppers(project.get(), update, QStringLiteral("b.csv"), false, &error));
    EXPECT_EQ(scalar(project->filePath(), QStringLiteral("SELECT count(*) FROM shopper")).toInt(), 4) << "updated, not duplicated";
    const auto zofia = ShopperStore::load(project->database(), QStringLiteral("PL-0001"), &error);
    ASSERT_TRUE(zofia);
    EXPECT_DOUBLE_EQ(zofia->rating.value_or(0), 3.9);
    EXPECT_EQ(zofia->personal.fullName, QStringLiteral("Zofia Jędrzejczyk"));
    EXPECT_EQ(zofia->homeCity, QStringLiteral("Łódź"));
    ASSERT_EQ(zofia->conflicts.size(), 1);
    const QStringList afterSecond = shopperRows(project->database());

    ASSERT_TRUE(project->undoStack()->undo(&error)) << error.toStdString();
    EXPECT_EQ(shopperRows(project->database()), afterFirst);
    ASSERT_TRUE(project->undoStack()->undo(&error));
    EXPECT_EQ(shopperRows(project->database()), empty);
    ASSERT_TRUE(project->undoStack()->redo(&error));
    EXPECT_EQ(shopperRows(project->database()), afterFirst) << "redo puts back the very same rows";
    ASSERT_TRUE(project->undoStack()->redo(&error));
    EXPECT_EQ(shopperRows(project->database()), afterSecond);
}

TEST(ShopperExport, LeavesPersonalDataOutUnlessAskedAndReimportsUnchanged)
{
    TestFolder folder;
    ProjectError projectError;
    auto demo = Project::open(folder.demoCopy(QStringLiteral("demo.shopscope")), Project::Mode::ReadWrite, &projectError);
    ASSERT_TRUE(demo);
    QString error;
    const auto pseudonymous = ShopperExport::rows(demo->database(), false, &error);
    ASSERT_FALSE(pseudonymous.isEmpty()) << error.toStdString();
    const int shoppers = scalar(demo->filePath(), QStringLiteral("SELECT count(*) FROM shopper")).toInt();
    EXPECT_EQ(pseudonymous.size(), shoppers + 1);
    for (const char* key : {"name", "email", "phone", "address", "postcode"})
        EXPECT_FALSE(pseudonymous.first().contains(QLatin1String(key))) << key;
    const QByteArray bytes = CsvWriter().toBytes(pseudonymous);
    QSqlQuery personal(QStringLiteral("SELECT full_name, email, phone FROM shopper_personal LIMIT 50"), demo->database());
    while (personal.next())
        for (int i = 0; i < 3; ++i)
            EXPECT_FALSE(bytes.contains(personal.value(i).toString().toUtf8())) << personal.value(i).toString().toStdString();

    const auto full = ShopperExport::rows(demo->database(), true, &error);
    for (const char* key : {"name", "email", "phone", "address", "postcode"})
        EXPECT_TRUE(full.first().contains(QLatin1String(key))) << key;

    // Into a new programme with the demo's locations: the same panel, row for row (ids aside).
    const QString csv = folder.writeFile(QStringLiteral("panel.csv"), CsvWriter().toBytes(full));
    const auto read = CsvReader().readFile(csv, nullptr);
    ASSERT_TRUE(read);
    const auto plan = planOf(demo.get(), *read);
    EXPECT_FALSE(plan.hasErrors()) << messages(plan.problems).join(QLatin1Char('\n')).left(2000).toStdString();
    EXPECT_EQ(plan.unchanged, shoppers) << "the demo's own export changes nothing";
    EXPECT_EQ(plan.updates + plan.inserts, 0);
}
