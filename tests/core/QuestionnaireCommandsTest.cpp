#include "commands/ProgrammeCommands.h"
#include "commands/QuestionnaireCommands.h"
#include "commands/UndoStack.h"
#include "project/Project.h"
#include "questionnaire/QuestionnaireJson.h"
#include "questionnaire/QuestionnaireStore.h"
#include "questionnaire/QuestionnaireTemplates.h"
#include "support/TestProject.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

namespace {

// Every row of every questionnaire table, ids included: "the exact state".
QStringList dump(const QSqlDatabase& db)
{
    QStringList rows;
    for (const char* table : {"questionnaire", "questionnaire_version", "section", "section_text", "question",
                              "question_text", "question_option", "option_text", "programme_language"}) {
        QSqlQuery query(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)), db);
        while (query.next()) {
            QStringList values{QLatin1String(table)};
            for (int i = 0; i < query.record().count(); ++i)
                values << query.value(i).toString();
            rows << values.join(QLatin1Char('|'));
        }
    }
    return rows;
}

class QuestionnaireCommandsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ProjectError error;
        m_project = Project::create(m_folder.path(QStringLiteral("q.shopscope")), &error);
        ASSERT_TRUE(m_project);
        QString message;
        const auto bank = QuestionnaireTemplates::load(QStringLiteral("bank-branch-visit"), &message);
        ASSERT_TRUE(bank);
        const auto version = Command::addQuestionnaire(m_project.get(), *bank, &message);
        ASSERT_TRUE(version) << message.toStdString();
        m_version = *version;
        ASSERT_TRUE(Command::setProgrammeLanguages(m_project.get(), {QStringLiteral("en"), QStringLiteral("lv")}, &message))
            << message.toStdString();
        m_project->undoStack()->clear();
    }

    Questionnaire current() const
    {
        QString error;
        return *QuestionnaireStore::load(m_project->database(), m_version, &error);
    }

    // Runs an edit, then checks that undo gives back exactly the rows before and redo exactly
    // the rows after.
    void expectUndoable(const std::function<bool()>& edit)
    {
        const QStringList before = dump(m_project->database());
        ASSERT_TRUE(edit());
        const QStringList after = dump(m_project->database());
        ASSERT_NE(before, after) << "the edit changed nothing";
        QString error;
        ASSERT_TRUE(m_project->undoStack()->undo(&error)) << error.toStdString();
        EXPECT_EQ(dump(m_project->database()), before);
        ASSERT_TRUE(m_project->undoStack()->redo(&error)) << error.toStdString();
        EXPECT_EQ(dump(m_project->database()), after);
    }

    TestFolder m_folder;
    std::unique_ptr<Project> m_project;
    qint64 m_version = 0;
};

} // namespace

TEST_F(QuestionnaireCommandsTest, EveryDesignerActionUndoesToTheExactPreviousState)
{
    QString error;
    const QString first = current().sections[0].code;
    const QString second = current().sections[1].code;
    const QString question = current().sections[0].questions[0].code;
    const QString translated = current().sections[0].questions[1].code;
    expectUndoable([&] { return Command::addQuestion(m_project.get(), m_version, first, 1, QuestionType::Rating, &error).has_value(); });
    expectUndoable([&] { return Command::duplicateQuestion(m_project.get(), m_version, question, &error).has_value(); });
    expectUndoable([&] { return Command::moveQuestion(m_project.get(), m_version, question, second, 0, &error); });
    expectUndoable([&] { return Command::removeQuestion(m_project.get(), m_version, question, &error); });
    expectUndoable([&] { return Command::addSection(m_project.get(), m_version, QString(), 0, &error).has_value(); });
    expectUndoable([&] { return Command::addSection(m_project.get(), m_version, first, 0, &error).has_value(); });
    expectUndoable([&] { return Command::moveSection(m_project.get(), m_version, second, 0, &error); });
    expectUndoable([&] { return Command::removeSection(m_project.get(), m_version, second, &error); });
    expectUndoable([&] {
        return Command::setQuestionText(m_project.get(), m_version, translated, QStringLiteral("lv"),
                                        QStringLiteral("Vai jūs sveica?"), &error);
    });
    expectUndoable([&] { return Command::newQuestionnaireVersion(m_project.get(), m_version, &error).has_value(); });
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
}

TEST_F(QuestionnaireCommandsTest, EditsLandWhereTheyShould)
{
    QString error;
    const Questionnaire before = current();
    const QString first = before.sections[0].code;
    const auto added = Command::addQuestion(m_project.get(), m_version, first, 0, QuestionType::Nps, &error);
    ASSERT_TRUE(added) << error.toStdString();
    Questionnaire now = current();
    EXPECT_EQ(now.sections[0].questions[0].code, *added);
    EXPECT_EQ(now.sections[0].questions[0].type, QuestionType::Nps);
    EXPECT_EQ(now.questionsInOrder().size(), before.questionsInOrder().size() + 1);

    const QString moved = now.sections[0].questions[1].code;
    ASSERT_TRUE(Command::moveQuestion(m_project.get(), m_version, moved, now.sections[2].code, 99, &error));
    now = current();
    EXPECT_EQ(now.sections[2].questions.back().code, moved);
}

TEST_F(QuestionnaireCommandsTest, TypingInOneFieldIsOneUndoStep)
{
    QString error;
    const QString code = current().sections[0].questions[0].code;
    for (const char* text : {"V", "Va", "Vai", "Vai jūs"})
        ASSERT_TRUE(Command::setQuestionText(m_project.get(), m_version, code, QStringLiteral("lv"), QString::fromUtf8(text), &error));
    EXPECT_EQ(m_project->undoStack()->count(), 1);
    EXPECT_EQ(current().sections[0].questions[0].text.value(QStringLiteral("lv")), QStringLiteral("Vai jūs"));
    m_project->undoStack()->undo(&error);
    EXPECT_FALSE(current().sections[0].questions[0].text.contains(QStringLiteral("lv")));
}

TEST_F(QuestionnaireCommandsTest, AnEditThatChangesNothingIsNotRecorded)
{
    QString error;
    const Question question = current().sections[0].questions[0];
    ASSERT_TRUE(Command::setQuestionText(m_project.get(), m_version, question.code, QStringLiteral("en"),
                                         question.text.value(QStringLiteral("en")), &error));
    EXPECT_EQ(m_project->undoStack()->count(), 0);
}

TEST_F(QuestionnaireCommandsTest, AFrozenVersionIsRefusedAndCanBeCopied)
{
    QSqlQuery(QStringLiteral("UPDATE questionnaire_version SET status = 'frozen'"), m_project->database());
    QString error;
    const QString code = current().sections[0].questions[0].code;
    EXPECT_FALSE(Command::removeQuestion(m_project.get(), m_version, code, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("frozen"))) << error.toStdString();
    EXPECT_FALSE(Command::setQuestionText(m_project.get(), m_version, code, QStringLiteral("pl"), QStringLiteral("x"), &error));
    const auto copy = Command::newQuestionnaireVersion(m_project.get(), m_version, &error);
    ASSERT_TRUE(copy) << error.toStdString();
    EXPECT_EQ(QuestionnaireStore::status(m_project->database(), *copy), QStringLiteral("draft"));
    EXPECT_TRUE(Command::removeQuestion(m_project.get(), *copy, code, &error)) << error.toStdString();
    // The frozen original keeps its question.
    QString message;
    EXPECT_NE(QuestionnaireStore::load(m_project->database(), m_version, &message)->question(code), nullptr);
}

TEST_F(QuestionnaireCommandsTest, LanguagesAreAddedRemovedAndProtected)
{
    QString error;
    EXPECT_FALSE(Command::setQuestionText(m_project.get(), m_version, current().sections[0].questions[0].code,
                                          QStringLiteral("pl"), QStringLiteral("Czy"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("add it first"))) << error.toStdString();
    ASSERT_TRUE(Command::setProgrammeLanguages(m_project.get(), {QStringLiteral("en"), QStringLiteral("lv"), QStringLiteral("pl")}, &error));
    ASSERT_TRUE(Command::setQuestionText(m_project.get(), m_version, current().sections[0].questions[0].code,
                                         QStringLiteral("pl"), QStringLiteral("Czy"), &error)) << error.toStdString();
    // Polish now has a text: removing the language is refused, nothing changes.
    EXPECT_FALSE(Command::setProgrammeLanguages(m_project.get(), {QStringLiteral("en"), QStringLiteral("lv")}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("pl"))) << error.toStdString();
    EXPECT_EQ(scalar(m_project->filePath(), QStringLiteral("SELECT count(*) FROM programme_language")).toInt(), 3);
    EXPECT_FALSE(Command::setProgrammeLanguages(m_project.get(), {QStringLiteral("lv")}, &error)) << "the source language stays";
    EXPECT_FALSE(Command::setProgrammeLanguages(m_project.get(), {QStringLiteral("en"), QStringLiteral("Latvian")}, &error));
}
