#include "models/QuestionnaireTreeModel.h"
#include "project/Project.h"
#include "questionnaire/QuestionnaireJson.h"
#include "questionnaire/QuestionnaireStore.h"
#include "questionnaire/QuestionnaireTemplates.h"
#include "questionnaire/QuestionnaireValidator.h"
#include "support/TestProject.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QMimeData>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace {
QStringList messages(const QList<QuestionnaireProblem>& problems)
{
    QStringList list;
    for (const auto& problem : problems)
        list << problem.toString();
    return list;
}
} // namespace

TEST(QuestionnaireTemplates, SixRealisticTemplatesThatValidate)
{
    const auto templates = QuestionnaireTemplates::list();
    ASSERT_EQ(templates.size(), 6);
    for (const auto& entry : templates) {
        QString error;
        const auto questionnaire = QuestionnaireTemplates::load(entry.id, &error);
        ASSERT_TRUE(questionnaire) << error.toStdString();
        EXPECT_GE(entry.questions, 25) << entry.id.toStdString();
        EXPECT_LE(entry.questions, 45) << entry.id.toStdString();
        const auto problems = QuestionnaireValidator::validate(*questionnaire);
        EXPECT_FALSE(QuestionnaireValidator::hasErrors(problems))
            << entry.id.toStdString() << ": " << messages(problems).join(QStringLiteral("; ")).toStdString();
    }
}

TEST(QuestionnaireJson, EveryTemplateRoundTripsUnchanged)
{
    for (const auto& entry : QuestionnaireTemplates::list()) {
        QString error;
        const auto original = QuestionnaireTemplates::load(entry.id, &error);
        ASSERT_TRUE(original);
        const QByteArray exported = QuestionnaireJson::toBytes(*original);
        QList<QuestionnaireProblem> problems;
        const auto imported = QuestionnaireJson::fromBytes(exported, &problems);
        ASSERT_TRUE(imported) << messages(problems).join(QStringLiteral("; ")).toStdString();
        EXPECT_EQ(QuestionnaireJson::toBytes(*imported), exported) << entry.id.toStdString();
    }
}

TEST(QuestionnaireJson, EveryProblemIsReportedWithItsPlace)
{
    const QByteArray bad = R"({
        "format": "shopscope-questionnaire", "format_version": 1, "code": "X", "name": "X",
        "section_scoring": "weigthed",
        "sections": [{"code": "S", "title": {"en": "S"}, "questions": [
            {"code": "A", "type": "yes_no", "text": {"en": "A?"}, "mandatroy": true},
            {"code": "B", "type": "slider", "text": {"en": "B?"}},
            {"code": "C", "type": "single", "text": {"en": "C?"}, "weight": "heavy",
             "show_if": {"q": "A", "op": "like", "value": "x"}}
        ]}]})";
    QList<QuestionnaireProblem> problems;
    EXPECT_FALSE(QuestionnaireJson::fromBytes(bad, &problems));
    const QString all = messages(problems).join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("section_scoring: must be pooled or weighted"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("sections[0].questions[0]: unknown key “mandatroy”"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("sections[0].questions[1].type: unknown type “slider”"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("sections[0].questions[2].weight: must be a number"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("sections[0].questions[2].show_if"))) << all.toStdString();
}

TEST(QuestionnaireJson, BrokenJsonSaysWhere)
{
    QList<QuestionnaireProblem> problems;
    EXPECT_FALSE(QuestionnaireJson::fromBytes("{\n  \"format\": \"shopscope-questionnaire\",\n  \"code\" \"X\"\n}", &problems));
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().location.startsWith(QStringLiteral("line 3, column "))) << problems.first().location.toStdString();
}

TEST(QuestionnaireValidator, FindsWhatMakesAFormUnusable)
{
    QString error;
    auto questionnaire = *QuestionnaireTemplates::load(QStringLiteral("bank-branch-visit"), &error);
    questionnaire.languages << QStringLiteral("lv");
    Section& first = questionnaire.sections[0];
    first.weight = *first.weight + 5;                                  // weights no longer 100
    first.questions[1].code = first.questions[0].code;                 // duplicate code
    Question later = first.questions[2];
    later.code = QStringLiteral("ZZ99");
    first.questions[2].showIf = Condition::fromJson(QJsonDocument::fromJson(R"({"q":"ZZ99","op":"eq","value":"yes"})").object(), nullptr);
    questionnaire.sections.back().questions.push_back(later);          // ... which comes later
    Question choice;
    choice.code = QStringLiteral("CH01");
    choice.type = QuestionType::Single;
    choice.text = {{QStringLiteral("en"), QStringLiteral("Pick")}};
    choice.scored = true;
    questionnaire.sections.back().questions.push_back(choice);         // choice without options
    const QStringList found = messages(QuestionnaireValidator::validate(questionnaire));
    const QString all = found.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("add up to 105, not 100"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("used twice"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("refers to ZZ99, which comes later"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("CH01: a choice question needs at least two options"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("CH01: the question is scored but no option earns points"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("not translated to lv"))) << all.toStdString();
}

TEST(QuestionnaireStore, WhatIsWrittenReadsBackTheSame)
{
    TestFolder folder;
    ProjectError error;
    auto project = Project::create(folder.path(QStringLiteral("q.shopscope")), &error);
    ASSERT_TRUE(project);
    QString message;
    const auto original = *QuestionnaireTemplates::load(QStringLiteral("restaurant-visit"), &message);
    std::optional<qint64> versionId;
    ASSERT_TRUE(project->write(
        [&](const QSqlDatabase& db, QString* why) {
            versionId = QuestionnaireStore::insertVersion(db, original, why);
            return versionId.has_value();
        },
        &error))
        << error.message.toStdString();
    const auto loaded = QuestionnaireStore::load(project->database(), *versionId, &message);
    ASSERT_TRUE(loaded) << message.toStdString();
    EXPECT_EQ(QuestionnaireJson::toBytes(*loaded), QuestionnaireJson::toBytes(original));
    // A second import of the same code is the next version.
    ASSERT_TRUE(project->write(
        [&](const QSqlDatabase& db, QString* why) { return QuestionnaireStore::insertVersion(db, original, why).has_value(); },
        &error));
    EXPECT_EQ(*QuestionnaireStore::findVersion(project->database(), QStringLiteral("RESTAURANT"), &message), *versionId + 1);
    EXPECT_EQ(*QuestionnaireStore::findVersion(project->database(), QStringLiteral("RESTAURANT:1"), &message), *versionId);
    EXPECT_FALSE(QuestionnaireStore::findVersion(project->database(), QStringLiteral("RESTAURANT:7"), &message));
    EXPECT_TRUE(message.contains(QStringLiteral("no version 7"))) << message.toStdString();
}

TEST(QuestionnaireStore, TheDemoQuestionnaireLoadsAndValidates)
{
    TestFolder folder;
    ProjectError error;
    auto project = Project::open(folder.demoCopy(QStringLiteral("demo.shopscope")), Project::Mode::ReadOnly, &error);
    ASSERT_TRUE(project);
    QString message;
    const auto versions = QuestionnaireStore::list(project->database(), &message);
    ASSERT_EQ(versions.size(), 1);
    EXPECT_EQ(versions.first().status, QStringLiteral("frozen"));
    EXPECT_GT(versions.first().responses, 0);
    const auto questionnaire = QuestionnaireStore::load(project->database(), versions.first().versionId, &message);
    ASSERT_TRUE(questionnaire) << message.toStdString();
    EXPECT_EQ(questionnaire->questionsInOrder().size(), size_t(versions.first().questions));
    EXPECT_EQ(questionnaire->languages, (QStringList{QStringLiteral("en"), QStringLiteral("lv")}));
    const auto problems = QuestionnaireValidator::validate(*questionnaire);
    EXPECT_FALSE(QuestionnaireValidator::hasErrors(problems)) << messages(problems).join(QStringLiteral("; ")).toStdString();
}

TEST(QuestionnaireTreeModel, ShowsSectionsAndQuestionsAndPassesTheModelTester)
{
    QString error;
    const auto bank = QuestionnaireTemplates::load(QStringLiteral("bank-branch-visit"), &error);
    ASSERT_TRUE(bank);
    QuestionnaireTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQuestionnaire(*bank);
    ASSERT_EQ(model.rowCount(), int(bank->sections.size()));
    const QModelIndex first = model.index(0, 0);
    EXPECT_EQ(model.codeAt(first), bank->sections[0].code);
    EXPECT_EQ(model.rowCount(first), int(bank->sections[0].questions.size() + bank->sections[0].sections.size()));
    const QString questionCode = bank->sections[0].questions[0].code;
    const QModelIndex question = model.indexOf(questionCode);
    EXPECT_EQ(question.parent(), first);
    EXPECT_TRUE(model.data(question).toString().startsWith(questionCode));
    EXPECT_EQ(model.data(question.siblingAtColumn(QuestionnaireTreeModel::TypeColumn)).toString(), QStringLiteral("Yes / No"));
    // Dropping a question onto another section asks for a move and leaves the model as it is.
    QSignalSpy moves(&model, &QuestionnaireTreeModel::questionMoveRequested);
    std::unique_ptr<QMimeData> mime(model.mimeData({question}));
    EXPECT_FALSE(model.dropMimeData(mime.get(), Qt::MoveAction, 0, 0, model.index(1, 0)));
    ASSERT_EQ(moves.count(), 1);
    EXPECT_EQ(moves.first().at(0).toString(), questionCode);
    EXPECT_EQ(moves.first().at(1).toString(), bank->sections[1].code);
    EXPECT_EQ(model.rowCount(first), int(bank->sections[0].questions.size() + bank->sections[0].sections.size()));
}
