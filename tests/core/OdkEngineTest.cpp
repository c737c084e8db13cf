#include "analysis/ReportTexts.h"
#include "fielding/OdkFormBuilder.h"
#include "fielding/OdkNames.h"
#include "fielding/XFormWriter.h"
#include "project/Project.h"
#include "questionnaire/FormState.h"
#include "questionnaire/QuestionnaireJson.h"
#include "questionnaire/QuestionnaireStore.h"
#include "questionnaire/QuestionnaireValidator.h"
#include "questionnaire/QuestionnaireTemplates.h"
#include "questionnaire/ScoringPlan.h"
#include "support/TestProject.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

#include <cmath>
#include <random>

// Every exported XForm (each template and the demo questionnaire, in every language) goes into
// ODK's own form engine, @getodk/xforms-engine, headless in Node (tests/odk). The engine must
// load it, see every question with ShopScope's type, label and relevance, require comments
// where ShopScope would, and compute ShopScope's score for sets of filled-in answers.

namespace {

struct Expected
{
    QString ref;
    const Question* question = nullptr;
    int planIndex = -1;
};

// Where each question sits in the form: /data/SECTION[/SUB]/CODE, in plan order.
std::vector<Expected> questionRefs(const Questionnaire& questionnaire)
{
    std::vector<Expected> refs;
    auto add = [&](const Section& section, const QString& base) {
        for (const Question& question : section.questions)
            refs.push_back({base + QLatin1Char('/') + OdkNames::nodeName(question.code), &question, int(refs.size())});
    };
    for (const Section& top : questionnaire.sections) {
        const QString base = QStringLiteral("/data/") + OdkNames::nodeName(top.code);
        add(top, base);
        for (const Section& child : top.sections)
            add(child, base + QLatin1Char('/') + OdkNames::nodeName(child.code));
    }
    return refs;
}

QString textIn(const LocalizedText& texts, const QString& language, const QString& source)
{
    const QString text = texts.value(language);
    return text.trimmed().isEmpty() ? texts.value(source) : text;
}

struct Submission
{
    QJsonObject json;
    FormState state;
};

// Random answers of every kind: options, N/A, scales, numbers, several choices, blanks.
Submission randomSubmission(const Questionnaire& questionnaire, const ScoringPlan& plan, const std::vector<Expected>& refs,
                            std::mt19937& random, const QString& name)
{
    std::uniform_real_distribution<double> chance(0, 1);
    std::vector<AnswerValue> answers(refs.size());
    std::vector<QString> values(refs.size());
    for (const Expected& expected : refs) {
        const Question& question = *expected.question;
        Question withOptions = question;
        withOptions.ensureYesNoOptions();
        AnswerValue& answer = answers[size_t(expected.planIndex)];
        QString& value = values[size_t(expected.planIndex)];
        if (chance(random) < 0.08)
            continue; // left blank
        const bool na = question.allowNa && chance(random) < 0.15;
        switch (question.type) {
        case QuestionType::YesNo:
        case QuestionType::Single: {
            std::uniform_int_distribution<int> pick(0, int(withOptions.options.size()) - 1);
            int index = pick(random);
            if (na) {
                for (size_t i = 0; i < withOptions.options.size(); ++i)
                    if (withOptions.options[i].isNa)
                        index = int(i);
            }
            value = withOptions.options[size_t(index)].code;
            answer = withOptions.options[size_t(index)].isNa ? AnswerValue::notApplicable() : AnswerValue::choice(index);
            break;
        }
        case QuestionType::Multiple: {
            if (na) {
                // N/A as the whole answer: the N/A option, or the "na" the form adds.
                value = QStringLiteral("na");
                for (const QuestionOption& option : withOptions.options)
                    if (option.isNa)
                        value = option.code;
                answer = AnswerValue::notApplicable();
                break;
            }
            quint64 mask = 0;
            QStringList codes;
            for (size_t i = 0; i < withOptions.options.size(); ++i) {
                if (!withOptions.options[i].isNa && chance(random) < 0.4) {
                    mask |= quint64(1) << i;
                    codes << withOptions.options[i].code;
                }
            }
            if (codes.isEmpty())
                continue; // an empty selection is a blank in ODK
            value = codes.join(QLatin1Char(' '));
            answer = AnswerValue::choices(mask);
            break;
        }
        case QuestionType::Rating:
        case QuestionType::Nps: {
            if (na) {
                value = QStringLiteral("na");
                answer = AnswerValue::notApplicable();
                break;
            }
            std::uniform_int_distribution<int> pick(int(question.scaleMinimum()), int(question.scaleMaximum()));
            const int number = pick(random);
            value = QString::number(number);
            answer = AnswerValue::value(number);
            break;
        }
        case QuestionType::Number: {
            const double low = question.minimum.value_or(0);
            const double high = question.maximum.value_or(low + 100);
            std::uniform_int_distribution<int> pick(int(std::ceil(low)), int(std::floor(high)));
            const int number = pick(random);
            value = QString::number(number);
            answer = AnswerValue::value(number);
            break;
        }
        case QuestionType::Date:
            value = QStringLiteral("2026-11-05");
            answer = AnswerValue::text();
            break;
        case QuestionType::Time:
            continue; // ODK keeps times with seconds and a zone; the report import cuts them (tested there)
        case QuestionType::Text:
            value = QStringLiteral("Ļoti laipni, zażółć gęślą jaźń");
            answer = AnswerValue::text();
            break;
        }
    }
    Submission submission;
    submission.state = FormState::evaluate(plan, answers);
    QJsonArray set{QJsonObject{{QStringLiteral("ref"), QStringLiteral("/data/ss_visit_id")}, {QStringLiteral("value"), QStringLiteral("4711")}}};
    for (const Expected& expected : refs) {
        // Hidden questions are not answered, as on a phone.
        if (!submission.state.visible[size_t(expected.planIndex)] || values[size_t(expected.planIndex)].isEmpty())
            continue;
        set.append(QJsonObject{{QStringLiteral("ref"), expected.ref}, {QStringLiteral("value"), values[size_t(expected.planIndex)]}});
    }
    (void)questionnaire;
    submission.json = {{QStringLiteral("name"), name}, {QStringLiteral("values"), set},
                       {QStringLiteral("read"), QJsonArray{QStringLiteral("/data/ss_score")}}};
    return submission;
}

struct FormCase
{
    QString name;
    Questionnaire questionnaire;
    QString file;
    QString language;
    std::vector<Submission> submissions;
};

QJsonObject runEngine(const QList<FormCase>& cases, const QString& casesPath)
{
    QJsonArray forms;
    for (const FormCase& formCase : cases) {
        QJsonArray submissions;
        for (const Submission& submission : formCase.submissions)
            submissions.append(submission.json);
        forms.append(QJsonObject{{QStringLiteral("name"), formCase.name}, {QStringLiteral("file"), formCase.file},
                                 {QStringLiteral("language"), OdkNames::languageLabel(formCase.language)},
                                 {QStringLiteral("submissions"), submissions}});
    }
    QFile file(casesPath);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("forms"), forms}}).toJson());
    file.close();
    QProcess node;
    node.start(QStringLiteral(SHOPSCOPE_NODE),
               {QStringLiteral(SHOPSCOPE_ODK_HARNESS), QStringLiteral("--modules"), QStringLiteral(SHOPSCOPE_ODK_MODULES), casesPath});
    EXPECT_TRUE(node.waitForFinished(600000));
    EXPECT_EQ(node.exitCode(), 0) << node.readAllStandardError().toStdString();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(node.readAllStandardOutput(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    return document.object();
}

QString expectedNodeType(QuestionType type)
{
    return QuestionTypes::hasOptions(type) || type == QuestionType::Rating || type == QuestionType::Nps ? QStringLiteral("select")
                                                                                                         : QStringLiteral("input");
}

void checkForm(const FormCase& formCase, const QJsonObject& result)
{
    const std::string name = formCase.name.toStdString();
    ASSERT_TRUE(result.value(QStringLiteral("error")).isNull()) << name << ": " << result.value(QStringLiteral("error")).toString().toStdString();
    // The engine accepts some broken forms silently: the harness checks itext ids and paths itself.
    EXPECT_EQ(result.value(QStringLiteral("problems")).toArray(), QJsonArray()) << name << ": "
        << QJsonDocument(result.value(QStringLiteral("problems")).toArray()).toJson().toStdString();
    EXPECT_EQ(result.value(QStringLiteral("activeLanguage")).toString(), OdkNames::languageLabel(formCase.language)) << name;

    QHash<QString, QJsonObject> nodes;
    for (const QJsonValue& node : result.value(QStringLiteral("nodes")).toArray())
        nodes.insert(node.toObject().value(QStringLiteral("ref")).toString(), node.toObject());
    const Questionnaire& questionnaire = formCase.questionnaire;
    const ScoringPlan plan(questionnaire);
    const FormState blank = FormState::evaluate(plan, {});
    const auto refs = questionRefs(questionnaire);
    for (const Expected& expected : refs) {
        const Question& question = *expected.question;
        const std::string where = name + " " + expected.ref.toStdString();
        ASSERT_TRUE(nodes.contains(expected.ref)) << where << " is missing";
        const QJsonObject node = nodes.value(expected.ref);
        EXPECT_EQ(node.value(QStringLiteral("nodeType")).toString(), expectedNodeType(question.type)) << where;
        if (expectedNodeType(question.type) == QLatin1String("select")) {
            EXPECT_EQ(node.value(QStringLiteral("selectType")).toString(),
                      question.type == QuestionType::Multiple ? QStringLiteral("select") : QStringLiteral("select1"))
                << where;
        }
        const QString type = question.type == QuestionType::Number ? QStringLiteral("decimal")
                             : question.type == QuestionType::Date ? QStringLiteral("date")
                             : question.type == QuestionType::Time ? QStringLiteral("time")
                                                                   : QStringLiteral("string");
        EXPECT_EQ(node.value(QStringLiteral("type")).toString(), type) << where;
        EXPECT_EQ(node.value(QStringLiteral("label")).toString(),
                  textIn(question.text, formCase.language, questionnaire.sourceLanguage)) << where;
        EXPECT_EQ(node.value(QStringLiteral("relevant")).toBool(), bool(blank.visible[size_t(expected.planIndex)])) << where;
        EXPECT_EQ(node.value(QStringLiteral("required")).toBool(), question.mandatory) << where;
        // Choices: every option of ShopScope's, with its code as the value.
        if (QuestionTypes::hasOptions(question.type)) {
            Question withOptions = question;
            withOptions.ensureYesNoOptions();
            QStringList expectedValues;
            for (const QuestionOption& option : withOptions.options)
                expectedValues << option.code;
            if (question.type == QuestionType::Multiple && question.allowNa
                && std::none_of(withOptions.options.cbegin(), withOptions.options.cend(),
                                [](const QuestionOption& option) { return option.isNa; }))
                expectedValues << QStringLiteral("na"); // a multiple choice's N/A as a whole answer
            QStringList values;
            QStringList labels;
            for (const QJsonValue& option : node.value(QStringLiteral("options")).toArray()) {
                values << option.toObject().value(QStringLiteral("value")).toString();
                labels << option.toObject().value(QStringLiteral("label")).toString();
            }
            EXPECT_EQ(values, expectedValues) << where;
            // ShopScope's own yes / no speak the form's language; the designer's options are as written.
            if (question.type == QuestionType::YesNo && !question.options.empty() && question.options.front().label.size() <= 1
                && question.options.front().label.value(QStringLiteral("en")) == QLatin1String("Yes")) {
                EXPECT_EQ(labels.value(0), ReportTexts(formCase.language).text("Yes")) << where;
            } else if (!question.options.empty()) {
                EXPECT_EQ(labels.value(0), textIn(question.options.front().label, formCase.language, questionnaire.sourceLanguage))
                    << where;
            }
        }
    }

    const QJsonArray submissions = result.value(QStringLiteral("submissions")).toArray();
    ASSERT_EQ(submissions.size(), qsizetype(formCase.submissions.size())) << name;
    for (size_t s = 0; s < formCase.submissions.size(); ++s) {
        const Submission& expected = formCase.submissions[s];
        const QJsonObject actual = submissions.at(qsizetype(s)).toObject();
        const std::string where = name + " submission " + std::to_string(s);
        ASSERT_TRUE(actual.value(QStringLiteral("error")).isNull()) << where << ": " << actual.value(QStringLiteral("error")).toString().toStdString();
        EXPECT_EQ(actual.value(QStringLiteral("coerced")).toArray(), QJsonArray()) << where;
        const QJsonObject relevant = actual.value(QStringLiteral("relevant")).toObject();
        const QJsonObject required = actual.value(QStringLiteral("required")).toObject();
        for (const Expected& question : refs) {
            EXPECT_EQ(relevant.value(question.ref).toBool(), bool(expected.state.visible[size_t(question.planIndex)]))
                << where << " " << question.ref.toStdString();
            if (question.question->commentIf) {
                const QString comment = question.ref + QLatin1String(OdkNames::kCommentSuffix);
                EXPECT_EQ(required.value(comment).toBool(), bool(expected.state.commentRequired[size_t(question.planIndex)]))
                    << where << " " << comment.toStdString();
            }
        }
        const QString score = actual.value(QStringLiteral("values")).toObject().value(QStringLiteral("/data/ss_score")).toString();
        const auto& visit = expected.state.score.visit;
        if (!visit.score) {
            EXPECT_EQ(score, QString()) << where;
        } else {
            bool ok = false;
            const double engineScore = score.toDouble(&ok);
            EXPECT_TRUE(ok) << where << ": the engine's score is “" << score.toStdString() << "”";
            EXPECT_NEAR(engineScore, std::round(*visit.score * 100) / 100, 0.0051) << where;
        }
        EXPECT_EQ(actual.value(QStringLiteral("values")).toObject().value(QStringLiteral("/data/ss_visit_id")).toString(),
                  QStringLiteral("4711")) << where;
    }
}

} // namespace

TEST(OdkEngine, EveryTemplateAndTheDemoLoadInOdksEngineWithShopScopesQuestionsRelevanceAndScores)
{
    TestFolder folder;
    QList<Questionnaire> questionnaires;
    for (const auto& entry : QuestionnaireTemplates::list()) {
        QString error;
        auto questionnaire = QuestionnaireTemplates::load(entry.id, &error);
        ASSERT_TRUE(questionnaire) << error.toStdString();
        questionnaires << *questionnaire;
    }
    {
        ProjectError error;
        const auto project = Project::open(folder.demoCopy(QStringLiteral("demo.shopscope")), Project::Mode::ReadOnly, &error);
        ASSERT_TRUE(project) << error.message.toStdString();
        QString message;
        const auto versions = QuestionnaireStore::list(project->database(), &message);
        ASSERT_FALSE(versions.isEmpty());
        auto demo = QuestionnaireStore::load(project->database(), versions.first().versionId, &message);
        ASSERT_TRUE(demo) << message.toStdString();
        ASSERT_GE(demo->languages.size(), 2);
        questionnaires << *demo;
    }
    {
        // Made to catch differences: negative points under weighted scoring, conditions on N/A
        // codes, texts and dates (never true in ShopScope), N/A of a multiple choice and a scale,
        // a 3-7 scale, custom yes/no options, sub-section, section and visit knock-outs, a bonus.
        QFile file(QStringLiteral(SHOPSCOPE_ODK_DATA "/edge-cases.json"));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        QList<QuestionnaireProblem> problems;
        auto edge = QuestionnaireJson::fromBytes(file.readAll(), &problems);
        ASSERT_TRUE(edge);
        EXPECT_FALSE(QuestionnaireValidator::hasErrors(QuestionnaireValidator::validate(*edge)));
        questionnaires << *edge;
    }

    std::mt19937 random(20261122);
    QList<FormCase> cases;
    for (const Questionnaire& questionnaire : questionnaires) {
        const QString file = folder.path(questionnaire.code + QStringLiteral(".xml"));
        QList<QuestionnaireProblem> notes;
        QString error;
        ASSERT_TRUE(XFormWriter::write(file, OdkFormBuilder::build(questionnaire, {}, &notes), &error)) << error.toStdString();
        const ScoringPlan plan(questionnaire);
        const auto refs = questionRefs(questionnaire);
        for (const QString& language : questionnaire.languages) {
            FormCase formCase{questionnaire.code + QLatin1Char('-') + language, questionnaire, file, language, {}};
            // Scores do not depend on the language: the source language's pass fills the form.
            const int fillings = questionnaire.code == QLatin1String("EDGE") ? 80 : 12;
            if (language == questionnaire.sourceLanguage)
                for (int s = 0; s < fillings; ++s)
                    formCase.submissions.push_back(randomSubmission(questionnaire, plan, refs, random, QStringLiteral("s%1").arg(s)));
            cases << formCase;
        }
    }
    const QJsonObject output = runEngine(cases, folder.path(QStringLiteral("cases.json")));
    const QJsonArray forms = output.value(QStringLiteral("forms")).toArray();
    ASSERT_EQ(forms.size(), cases.size()) << QJsonDocument(output).toJson().left(2000).toStdString();
    int scored = 0;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        checkForm(cases.at(i), forms.at(i).toObject());
        for (const Submission& submission : cases.at(i).submissions)
            scored += submission.state.score.visit.score ? 1 : 0;
    }
    EXPECT_GE(scored, 60); // most filled forms have a score to compare
}
