#include "commands/ScenarioCommands.h"
#include "commands/UndoStack.h"
#include "models/AreaTableModel.h"
#include "planning/ScenarioStore.h"
#include "project/Project.h"
#include "support/TestProject.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

namespace {
// Every row of the scenario tables, all columns, ids included: what "exactly as before" means.
QStringList dump(const QSqlDatabase& db)
{
    QStringList rows;
    for (const char* sql : {"SELECT * FROM scenario ORDER BY id", "SELECT * FROM scenario_text ORDER BY scenario_id, language",
                            "SELECT * FROM scenario_requirement ORDER BY scenario_id, kind, value"}) {
        QSqlQuery query(QString::fromLatin1(sql), db);
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values << (query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
            rows << values.join(QLatin1Char('|'));
        }
    }
    return rows;
}

// A scenario of the kind a project manager writes, on the demo's questionnaire.
Scenario sample(const QSqlDatabase& db)
{
    Scenario scenario;
    scenario.code = QStringLiteral("CAR_LOAN");
    scenario.channel = QStringLiteral("visit");
    QSqlQuery version(QStringLiteral("SELECT max(id) FROM questionnaire_version"), db);
    if (version.next())
        scenario.versionId = version.value(0).toLongLong();
    scenario.fee = 28.5;
    scenario.expectedMinutes = 30;
    scenario.minAge = 30;
    scenario.maxAge = 55;
    scenario.gender = QStringLiteral("female");
    scenario.languages = {QStringLiteral("lv"), QStringLiteral("ru")};
    scenario.tags = {QStringLiteral("has-car"), QStringLiteral("not-customer")};
    scenario.texts.insert(QStringLiteral("en"), {QStringLiteral("Car loan for a used car"),
                                                 QStringLiteral("Ask about a loan of 12,000 EUR for a used car.\nDo not sign.")});
    return scenario;
}
} // namespace

class ScenarioCommandsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ProjectError error;
        m_project = Project::open(m_folder.demoCopy(QStringLiteral("demo.shopscope")), Project::Mode::ReadWrite, &error);
        ASSERT_TRUE(m_project) << error.message.toStdString();
    }
    QSqlDatabase db() const { return m_project->database(); }

    TestFolder m_folder;
    std::unique_ptr<Project> m_project;
};

TEST_F(ScenarioCommandsTest, AddsAScenarioWithEveryFieldAndUndoesIt)
{
    const QStringList before = dump(db());
    Scenario scenario = sample(db());
    scenario.texts.insert(QStringLiteral("lv"), {QStringLiteral("Auto kredīts"), QString()}); // translated title, script to come
    QString problems;
    ASSERT_TRUE(Command::saveScenario(m_project.get(), scenario, QString(), &problems)) << problems.toStdString();
    EXPECT_EQ(m_project->undoStack()->undoText(), QStringLiteral("Add scenario CAR_LOAN"));

    const auto loaded = ScenarioStore::load(db(), QStringLiteral("CAR_LOAN"), &problems);
    ASSERT_TRUE(loaded);
    Scenario expected = scenario;
    expected.tidy();
    EXPECT_EQ(*loaded, expected);
    EXPECT_EQ(loaded->texts.value(QStringLiteral("en")).script,
              QStringLiteral("Ask about a loan of 12,000 EUR for a used car.\nDo not sign."))
        << "a script keeps its lines";
    EXPECT_EQ(loaded->texts.value(QStringLiteral("lv")).title, QStringLiteral("Auto kredīts"));
    EXPECT_TRUE(loaded->texts.value(QStringLiteral("lv")).script.isEmpty());

    // The Scenarios table lists it with its source-language title and requirements.
    AreaTableModel model(AreaTables::Scenarios);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setDatabase(db());
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, 0).data().toString() == QLatin1String("CAR_LOAN"))
            row = r;
    ASSERT_GE(row, 0);
    EXPECT_EQ(model.index(row, 1).data().toString(), QStringLiteral("Car loan for a used car"));
    EXPECT_EQ(model.index(row, 5).data().toString(), QStringLiteral("30–55"));

    const QStringList after = dump(db());
    ASSERT_TRUE(m_project->undoStack()->undo());
    EXPECT_EQ(dump(db()), before);
    ASSERT_TRUE(m_project->undoStack()->redo());
    EXPECT_EQ(dump(db()), after) << "redo brings back the same rows with the same ids";
}

TEST_F(ScenarioCommandsTest, EditsAScenarioThatVisitsPlayAndUndoesExactly)
{
    const qint64 id = *ScenarioStore::idOf(db(), QStringLiteral("MORTGAGE"));
    const qint64 visits = ScenarioStore::visitCount(db(), id);
    ASSERT_GT(visits, 0);
    const QStringList before = dump(db());
    auto scenario = ScenarioStore::load(db(), QStringLiteral("MORTGAGE"), nullptr);
    ASSERT_TRUE(scenario);
    scenario->code = QStringLiteral("MORTGAGE_FIRST_HOME");
    scenario->fee = 40;
    scenario->maxAge.reset();
    scenario->texts.remove(QStringLiteral("lv"));
    scenario->tags << QStringLiteral("has-partner");
    scenario->active = false;
    QString problems;
    ASSERT_TRUE(Command::saveScenario(m_project.get(), *scenario, QStringLiteral("MORTGAGE"), &problems)) << problems.toStdString();
    EXPECT_EQ(m_project->undoStack()->undoText(), QStringLiteral("Edit scenario MORTGAGE (now MORTGAGE_FIRST_HOME)"));
    EXPECT_EQ(ScenarioStore::idOf(db(), QStringLiteral("MORTGAGE_FIRST_HOME")), id) << "a rename keeps the scenario";
    EXPECT_EQ(ScenarioStore::visitCount(db(), id), visits);
    const auto saved = ScenarioStore::load(db(), QStringLiteral("MORTGAGE_FIRST_HOME"), nullptr);
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->fee, 40);
    EXPECT_FALSE(saved->maxAge);
    EXPECT_EQ(saved->minAge, 25);
    EXPECT_FALSE(saved->active);
    EXPECT_EQ(saved->tags, (QStringList{QStringLiteral("has-partner"), QStringLiteral("not-customer")}));
    EXPECT_FALSE(saved->texts.contains(QStringLiteral("lv")));

    const QStringList after = dump(db());
    ASSERT_TRUE(m_project->undoStack()->undo());
    EXPECT_EQ(dump(db()), before);
    ASSERT_TRUE(m_project->undoStack()->redo());
    EXPECT_EQ(dump(db()), after);
    ASSERT_TRUE(m_project->undoStack()->undo());
    EXPECT_EQ(dump(db()), before);
}

TEST_F(ScenarioCommandsTest, SavingUnchangedMakesNoUndoStep)
{
    const auto scenario = ScenarioStore::load(db(), QStringLiteral("SAVINGS_WEB"), nullptr);
    ASSERT_TRUE(scenario);
    Scenario same = *scenario;
    same.texts[QStringLiteral("en")].title += QStringLiteral("  ");
    QString problems;
    ASSERT_TRUE(Command::saveScenario(m_project.get(), same, QStringLiteral("SAVINGS_WEB"), &problems));
    EXPECT_EQ(m_project->undoStack()->count(), 0);
}

TEST_F(ScenarioCommandsTest, EveryProblemNamesItsFieldAndNothingChanges)
{
    const QStringList before = dump(db());
    Scenario bad = sample(db());
    bad.fee = -5;
    bad.minAge = 40;
    bad.maxAge = 30;
    bad.expectedMinutes = 0;
    bad.versionId = 999999;
    bad.languages << QStringLiteral("Latvian");
    bad.texts.clear();
    bad.texts.insert(QStringLiteral("lv"), {QString(), QStringLiteral("Skripts bez nosaukuma")});
    bad.texts.insert(QStringLiteral("de"), {QStringLiteral("Autokredit"), QString()});
    QString problems;
    EXPECT_FALSE(Command::saveScenario(m_project.get(), bad, QString(), &problems));
    const QStringList lines = problems.split(QLatin1Char('\n'));
    for (const char* expected : {"Fee: must be a number of 0 or more", "Age: minimum 40 is above maximum 30",
                                 "Duration: must be 1 to 1440 minutes, not 0",
                                 "Questionnaire: the chosen questionnaire version does not exist",
                                 "Languages: “Latvian” is not a language code", "Title (en): required in the programme's source language",
                                 "Title (lv): the lv script needs a title too",
                                 "Title (de): de is not a language of this programme; add it first"})
        EXPECT_TRUE(std::any_of(lines.cbegin(), lines.cend(),
                                [&](const QString& line) { return line.startsWith(QString::fromUtf8(expected)); }))
            << expected << "\n" << problems.toStdString();
    EXPECT_EQ(m_project->undoStack()->count(), 0);
    EXPECT_EQ(dump(db()), before);

    // A code is unique; a rename onto another scenario's code is refused.
    auto mortgage = ScenarioStore::load(db(), QStringLiteral("MORTGAGE"), nullptr);
    mortgage->code = QStringLiteral("SAVINGS_WEB");
    EXPECT_FALSE(Command::saveScenario(m_project.get(), *mortgage, QStringLiteral("MORTGAGE"), &problems));
    EXPECT_EQ(problems, QStringLiteral("Code: SAVINGS_WEB is the code of another scenario"));
    Scenario empty = sample(db());
    empty.code = QStringLiteral("  ");
    EXPECT_FALSE(Command::saveScenario(m_project.get(), empty, QString(), &problems));
    EXPECT_TRUE(problems.startsWith(QStringLiteral("Code: must not be empty")));
    EXPECT_EQ(dump(db()), before);
}

TEST_F(ScenarioCommandsTest, ChannelStaysWhileVisitsPlayItAtLocationsOfThatChannel)
{
    auto call = ScenarioStore::load(db(), QStringLiteral("CARD_COMPLAINT"), nullptr);
    ASSERT_TRUE(call);
    call->channel = QStringLiteral("email");
    QString problems;
    EXPECT_FALSE(Command::saveScenario(m_project.get(), *call, QStringLiteral("CARD_COMPLAINT"), &problems));
    EXPECT_TRUE(problems.startsWith(QStringLiteral("Channel: "))) << problems.toStdString();
    EXPECT_TRUE(problems.contains(QStringLiteral("at locations of another channel"))) << problems.toStdString();

    // A scenario no visit plays yet may change its channel, and may use a questionnaire made for
    // another channel (the demo's call and web scenarios use the branch questionnaire).
    ASSERT_TRUE(Command::saveScenario(m_project.get(), sample(db()), QString(), &problems));
    auto fresh = ScenarioStore::load(db(), QStringLiteral("CAR_LOAN"), nullptr);
    fresh->channel = QStringLiteral("call");
    EXPECT_TRUE(Command::saveScenario(m_project.get(), *fresh, QStringLiteral("CAR_LOAN"), &problems)) << problems.toStdString();
}

TEST_F(ScenarioCommandsTest, DeleteIsRefusedWhileVisitsPlayTheScenario)
{
    const QStringList before = dump(db());
    QString error;
    EXPECT_FALSE(Command::deleteScenarios(m_project.get(), {QStringLiteral("MORTGAGE")}, &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("MORTGAGE is played by "))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("make it inactive instead"))) << error.toStdString();
    EXPECT_EQ(dump(db()), before);
    EXPECT_EQ(m_project->undoStack()->count(), 0);
    EXPECT_FALSE(Command::deleteScenarios(m_project.get(), {QStringLiteral("NOPE")}, &error));
    EXPECT_EQ(error, QStringLiteral("there is no scenario NOPE"));
}

TEST_F(ScenarioCommandsTest, DuplicatesAndDeletesWithExactUndo)
{
    const QStringList before = dump(db());
    QString error;
    const auto copy = Command::duplicateScenario(m_project.get(), QStringLiteral("MORTGAGE"), QString(), &error);
    ASSERT_TRUE(copy) << error.toStdString();
    EXPECT_EQ(*copy, QStringLiteral("MORTGAGE-2"));
    EXPECT_EQ(m_project->undoStack()->undoText(), QStringLiteral("Duplicate scenario MORTGAGE as MORTGAGE-2"));
    auto original = ScenarioStore::load(db(), QStringLiteral("MORTGAGE"), nullptr);
    auto duplicate = ScenarioStore::load(db(), QStringLiteral("MORTGAGE-2"), nullptr);
    ASSERT_TRUE(duplicate);
    EXPECT_EQ(ScenarioStore::visitCount(db(), *ScenarioStore::idOf(db(), QStringLiteral("MORTGAGE-2"))), 0);
    duplicate->code = original->code;
    EXPECT_EQ(*duplicate, *original) << "texts, requirements and profile are copied";
    EXPECT_EQ(*Command::duplicateScenario(m_project.get(), QStringLiteral("MORTGAGE"), QString(), &error),
              QStringLiteral("MORTGAGE-3"));
    EXPECT_FALSE(Command::duplicateScenario(m_project.get(), QStringLiteral("MORTGAGE"), QStringLiteral("SAVINGS_WEB"), &error));
    EXPECT_EQ(error, QStringLiteral("Code: SAVINGS_WEB is the code of another scenario"));

    const QStringList withCopies = dump(db());
    ASSERT_TRUE(Command::deleteScenarios(m_project.get(), {QStringLiteral("MORTGAGE-2"), QStringLiteral("MORTGAGE-3")}, &error))
        << error.toStdString();
    EXPECT_TRUE(m_project->undoStack()->undoText().startsWith(QStringLiteral("Delete 2 scenario")));
    EXPECT_FALSE(ScenarioStore::idOf(db(), QStringLiteral("MORTGAGE-2")));
    EXPECT_EQ(scalar(m_project->filePath(), QStringLiteral("SELECT count(*) FROM scenario_text WHERE scenario_id NOT IN "
                                                          "(SELECT id FROM scenario)"))
                  .toInt(),
              0);
    ASSERT_TRUE(m_project->undoStack()->undo());
    EXPECT_EQ(dump(db()), withCopies) << "undo puts the scenarios back with the same ids";
    ASSERT_TRUE(m_project->undoStack()->undo());
    ASSERT_TRUE(m_project->undoStack()->undo());
    EXPECT_EQ(dump(db()), before);
}
