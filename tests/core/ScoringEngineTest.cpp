#include "questionnaire/QuestionnaireTemplates.h"
#include "questionnaire/ScoringEngine.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace {

Question yesNo(const QString& code, double weight = 1, bool allowNa = true)
{
    Question question;
    question.code = code;
    question.type = QuestionType::YesNo;
    question.scored = true;
    question.weight = weight;
    question.allowNa = allowNa;
    question.ensureYesNoOptions();
    return question;
}

Section section(const QString& code, std::vector<Question> questions, std::optional<double> weight = std::nullopt)
{
    Section result;
    result.code = code;
    result.weight = weight;
    result.questions = std::move(questions);
    return result;
}

Condition condition(const char* json)
{
    return *Condition::fromJson(QJsonDocument::fromJson(json).object(), nullptr);
}

// Answers by code: "yes", "no", "na", a number, or a list for multiple choice.
std::vector<AnswerValue> answers(const ScoringPlan& plan, const char* json)
{
    std::vector<AnswerValue> result(plan.questions().size());
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const int index = plan.questionIndex(it.key());
        EXPECT_GE(index, 0) << it.key().toStdString();
        QString error;
        const auto answer = plan.answerFromJson(index, it.value(), &error);
        EXPECT_TRUE(answer) << error.toStdString();
        result[size_t(index)] = answer.value_or(AnswerValue());
    }
    return result;
}

Questionnaire pooled(std::vector<Section> sections)
{
    Questionnaire questionnaire;
    questionnaire.sectionScoring = SectionScoring::Pooled;
    questionnaire.sections = std::move(sections);
    return questionnaire;
}

} // namespace

// Hand-worked: A (weight 2) yes, B no, C N/A -> earned 2 of possible 3 = 66.67 %.
TEST(ScoringEngine, NaCountsInNeitherEarnedNorPossible)
{
    const ScoringPlan plan(pooled({section(QStringLiteral("S"), {yesNo(QStringLiteral("A"), 2), yesNo(QStringLiteral("B")),
                                                                 yesNo(QStringLiteral("C"))})}));
    const VisitScore score = ScoringEngine::score(plan, answers(plan, R"({"A":"yes","B":"no","C":"na"})"));
    EXPECT_DOUBLE_EQ(score.visit.earned, 2);
    EXPECT_DOUBLE_EQ(score.visit.possible, 3);
    EXPECT_NEAR(*score.visit.score, 66.6667, 1e-3);
    EXPECT_FALSE(score.questions[2].score) << "an N/A question has no score";
    EXPECT_DOUBLE_EQ(*score.questions[1].score, 0);
}

TEST(ScoringEngine, AllNaMeansNoScoreNotZero)
{
    const ScoringPlan plan(pooled({section(QStringLiteral("S"), {yesNo(QStringLiteral("A")), yesNo(QStringLiteral("B"))})}));
    const VisitScore score = ScoringEngine::score(plan, answers(plan, R"({"A":"na","B":"na"})"));
    EXPECT_FALSE(score.visit.score);
    EXPECT_FALSE(score.sections[0].score);
}

// Weighted 50/30/20; section P is all N/A so its 20 is spread: (50*100 + 30*50) / 80 = 81.25.
TEST(ScoringEngine, AllNaSectionsWeightIsSpreadOverTheOthers)
{
    Questionnaire questionnaire;
    questionnaire.sectionScoring = SectionScoring::Weighted;
    questionnaire.sections = {section(QStringLiteral("G"), {yesNo(QStringLiteral("G1"))}, 50),
                              section(QStringLiteral("O"), {yesNo(QStringLiteral("O1")), yesNo(QStringLiteral("O2"))}, 30),
                              section(QStringLiteral("P"), {yesNo(QStringLiteral("P1"))}, 20)};
    const ScoringPlan plan(questionnaire);
    const VisitScore score = ScoringEngine::score(plan, answers(plan, R"({"G1":"yes","O1":"yes","O2":"no","P1":"na"})"));
    EXPECT_DOUBLE_EQ(*score.visit.score, 81.25);
    EXPECT_DOUBLE_EQ(*score.sections[1].score, 50);
    EXPECT_FALSE(score.sections[2].score);
}

TEST(ScoringEngine, FailedCriticalItemZeroesItsSectionOrTheVisit)
{
    Question critical = yesNo(QStringLiteral("ID"), 1, false);
    critical.critical = Critical::Section;
    Questionnaire questionnaire = pooled({section(QStringLiteral("A"), {yesNo(QStringLiteral("A1")), critical}),
                                          section(QStringLiteral("B"), {yesNo(QStringLiteral("B1"))})});
    ScoringPlan sectionPlan(questionnaire);
    VisitScore score = ScoringEngine::score(sectionPlan, answers(sectionPlan, R"({"A1":"yes","ID":"no","B1":"yes"})"));
    EXPECT_TRUE(score.sections[0].knockedOut);
    EXPECT_DOUBLE_EQ(*score.sections[0].score, 0);
    // Pooled: section A earns nothing of its 2 possible; B earns 1 of 1 -> 1/3.
    EXPECT_NEAR(*score.visit.score, 100.0 / 3, 1e-9);
    EXPECT_FALSE(score.visit.knockedOut);

    questionnaire.sections[0].questions[1].critical = Critical::Visit;
    ScoringPlan visitPlan(questionnaire);
    score = ScoringEngine::score(visitPlan, answers(visitPlan, R"({"A1":"yes","ID":"no","B1":"yes"})"));
    EXPECT_TRUE(score.visit.knockedOut);
    EXPECT_DOUBLE_EQ(*score.visit.score, 0);
    // Passing the critical item knocks nothing out.
    score = ScoringEngine::score(visitPlan, answers(visitPlan, R"({"A1":"yes","ID":"yes","B1":"no"})"));
    EXPECT_FALSE(score.visit.knockedOut);
    EXPECT_NEAR(*score.visit.score, 200.0 / 3, 1e-9);
}

TEST(ScoringEngine, BonusAddsToEarnedOnlyAndIsCapped)
{
    Question bonus = yesNo(QStringLiteral("X"), 1, false);
    bonus.bonus = true;
    const ScoringPlan plan(pooled({section(QStringLiteral("S"), {yesNo(QStringLiteral("A")), yesNo(QStringLiteral("B")), bonus})}));
    // 1 + 1 bonus of 2 possible = 100 %; without the bonus 50 %.
    EXPECT_DOUBLE_EQ(*ScoringEngine::score(plan, answers(plan, R"({"A":"yes","B":"no","X":"yes"})")).visit.score, 100);
    EXPECT_DOUBLE_EQ(*ScoringEngine::score(plan, answers(plan, R"({"A":"yes","B":"no","X":"no"})")).visit.score, 50);
    // 2 + 1 bonus of 2: capped at 100, never above.
    EXPECT_DOUBLE_EQ(*ScoringEngine::score(plan, answers(plan, R"({"A":"yes","B":"yes","X":"yes"})")).visit.score, 100);
}

TEST(ScoringEngine, HiddenQuestionsDoNotCount)
{
    Question followUp = yesNo(QStringLiteral("F"));
    followUp.showIf = condition(R"({"q":"A","op":"eq","value":"no"})");
    const ScoringPlan plan(pooled({section(QStringLiteral("S"), {yesNo(QStringLiteral("A")), followUp})}));
    // A = yes hides F: its "no" (left over from an earlier answer) must not count.
    VisitScore score = ScoringEngine::score(plan, answers(plan, R"({"A":"yes","F":"no"})"));
    EXPECT_DOUBLE_EQ(*score.visit.score, 100);
    EXPECT_FALSE(score.questions[1].score);
    score = ScoringEngine::score(plan, answers(plan, R"({"A":"no","F":"yes"})"));
    EXPECT_DOUBLE_EQ(*score.visit.score, 50);
}

TEST(ScoringEngine, ChoicePointsRatingsAndMultipleChoice)
{
    Question wait;
    wait.code = QStringLiteral("W");
    wait.type = QuestionType::Single;
    wait.scored = true;
    wait.options = {{QStringLiteral("fast"), 3.0, false, {}}, {QStringLiteral("ok"), 2.0, false, {}},
                    {QStringLiteral("slow"), 0.0, false, {}}};
    Question feel;
    feel.code = QStringLiteral("R");
    feel.type = QuestionType::Rating;
    feel.scored = true;
    feel.minimum = 1;
    feel.maximum = 5;
    Question products;
    products.code = QStringLiteral("M");
    products.type = QuestionType::Multiple;
    products.scored = true;
    products.options = {{QStringLiteral("a"), 1.0, false, {}}, {QStringLiteral("b"), 1.0, false, {}},
                        {QStringLiteral("c"), 2.0, false, {}}};
    const ScoringPlan plan(pooled({section(QStringLiteral("S"), {wait, feel, products})}));
    // W: 2 of 3; R: 4 on 1-5 = 0.75 of 1; M: a + c = 3 of 4 -> 5.75 / 8.
    const VisitScore score = ScoringEngine::score(plan, answers(plan, R"({"W":"ok","R":4,"M":["a","c"]})"));
    EXPECT_DOUBLE_EQ(score.visit.earned, 5.75);
    EXPECT_DOUBLE_EQ(score.visit.possible, 8);
    EXPECT_DOUBLE_EQ(*score.questions[1].score, 75);
}

TEST(ScoringEngine, SubSectionsPoolIntoTheirSection)
{
    Section top = section(QStringLiteral("T"), {yesNo(QStringLiteral("T1"))}, 100);
    top.sections.push_back(section(QStringLiteral("T.A"), {yesNo(QStringLiteral("A1")), yesNo(QStringLiteral("A2"))}));
    Questionnaire questionnaire;
    questionnaire.sectionScoring = SectionScoring::Weighted;
    questionnaire.sections = {top};
    const ScoringPlan plan(questionnaire);
    const VisitScore score = ScoringEngine::score(plan, answers(plan, R"({"T1":"yes","A1":"yes","A2":"no"})"));
    ASSERT_EQ(score.sections.size(), 2u);
    EXPECT_DOUBLE_EQ(*score.sections[1].score, 50);
    EXPECT_NEAR(*score.sections[0].score, 200.0 / 3, 1e-9);
    EXPECT_NEAR(*score.visit.score, 200.0 / 3, 1e-9);
}

TEST(ScoringEngine, BadAnswersAreRefusedWithTheQuestionNamed)
{
    const ScoringPlan plan(pooled({section(QStringLiteral("S"), {yesNo(QStringLiteral("GRT01"), 1, false)})}));
    QString error;
    EXPECT_FALSE(plan.answerFromJson(0, QJsonValue(QStringLiteral("maybe")), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("GRT01"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("yes, no"))) << error.toStdString();
    EXPECT_FALSE(plan.answerFromJson(0, QJsonValue(QStringLiteral("na")), &error)) << "N/A is not offered here";
}

// Properties over random questionnaires and answers.
TEST(ScoringEngine, PropertiesHoldForRandomForms)
{
    std::mt19937 random(20261122);
    for (int round = 0; round < 300; ++round) {
        Questionnaire questionnaire;
        questionnaire.sectionScoring = round % 2 ? SectionScoring::Weighted : SectionScoring::Pooled;
        const int sectionCount = 1 + int(random() % 4);
        for (int s = 0; s < sectionCount; ++s) {
            std::vector<Question> questions;
            const int questionCount = 1 + int(random() % 6);
            for (int q = 0; q < questionCount; ++q) {
                Question question = yesNo(QStringLiteral("Q%1_%2").arg(s).arg(q), 1 + double(random() % 3), true);
                question.bonus = random() % 10 == 0;
                question.critical = random() % 15 == 0 ? Critical::Section : Critical::None;
                questions.push_back(question);
            }
            questionnaire.sections.push_back(section(QStringLiteral("S%1").arg(s), questions, 100.0 / sectionCount));
        }
        const ScoringPlan plan(questionnaire);
        std::vector<AnswerValue> given(plan.questions().size());
        for (auto& answer : given)
            answer = AnswerValue::choice(int(random() % 3)); // yes, no or na (index 2)
        for (auto& answer : given)
            if (answer.option == 2)
                answer = AnswerValue::notApplicable();
        const VisitScore score = ScoringEngine::score(plan, given);
        if (score.visit.score) {
            EXPECT_GE(*score.visit.score, 0.0);
            EXPECT_LE(*score.visit.score, 100.0);
        }
        // Turning an unanswered question into N/A changes nothing; nor does it the other way.
        std::vector<AnswerValue> withNa = given;
        for (auto& answer : withNa)
            if (answer.kind == AnswerValue::Kind::NotApplicable)
                answer = AnswerValue::none();
        const VisitScore same = ScoringEngine::score(plan, withNa);
        EXPECT_EQ(score.visit.score.has_value(), same.visit.score.has_value());
        if (score.visit.score && same.visit.score) {
            EXPECT_DOUBLE_EQ(*score.visit.score, *same.visit.score);
        }
        // Permuting the questions inside each section never changes the score.
        Questionnaire shuffled = questionnaire;
        for (Section& each : shuffled.sections)
            std::shuffle(each.questions.begin(), each.questions.end(), random);
        const ScoringPlan shuffledPlan(shuffled);
        std::vector<AnswerValue> reordered(given.size());
        for (size_t i = 0; i < given.size(); ++i)
            reordered[size_t(shuffledPlan.questionIndex(plan.questions()[i].code))] = given[i];
        const VisitScore permuted = ScoringEngine::score(shuffledPlan, reordered);
        ASSERT_EQ(score.visit.score.has_value(), permuted.visit.score.has_value());
        if (score.visit.score) {
            EXPECT_NEAR(*score.visit.score, *permuted.visit.score, 1e-9);
        }
    }
}

TEST(ScoringEngine, EveryTypeValidatesItsAnswers)
{
    QString error;
    const auto form = QuestionnaireTemplates::load(QStringLiteral("bank-branch-visit"), &error);
    ASSERT_TRUE(form);
    Questionnaire questionnaire = *form;
    Question when;
    when.code = QStringLiteral("WHEN");
    when.type = QuestionType::Date;
    Question at;
    at.code = QStringLiteral("AT");
    at.type = QuestionType::Time;
    Question wait;
    wait.code = QStringLiteral("WAIT");
    wait.type = QuestionType::Number;
    wait.minimum = 0;
    wait.maximum = 120;
    questionnaire.sections[0].questions.insert(questionnaire.sections[0].questions.end(), {when, at, wait});
    const ScoringPlan plan(questionnaire);
    auto accepts = [&](const char* code, const QJsonValue& value) {
        return plan.answerFromJson(plan.questionIndex(QString::fromLatin1(code)), value, &error).has_value();
    };
    EXPECT_TRUE(accepts("WHEN", QStringLiteral("2026-11-22")));
    EXPECT_FALSE(accepts("WHEN", QStringLiteral("2026-02-30")));
    EXPECT_TRUE(error.contains(QStringLiteral("a date"))) << error.toStdString();
    EXPECT_TRUE(accepts("AT", QStringLiteral("14:30")));
    EXPECT_FALSE(accepts("AT", QStringLiteral("25:10")));
    EXPECT_TRUE(accepts("WAIT", 12));
    EXPECT_FALSE(accepts("WAIT", 500));
    EXPECT_TRUE(error.contains(QStringLiteral("from 0 to 120"))) << error.toStdString();
    EXPECT_FALSE(accepts("WAIT", QStringLiteral("twelve")));
    // A 1-5 rating takes whole numbers on its scale only; NPS 0-10.
    const QString rating = [&] {
        for (const auto& question : plan.questions())
            if (question.type == QuestionType::Rating)
                return question.code;
        return QString();
    }();
    EXPECT_FALSE(plan.answerFromJson(plan.questionIndex(rating), 6, &error).has_value());
    EXPECT_FALSE(plan.answerFromJson(plan.questionIndex(rating), 2.5, &error).has_value());
    EXPECT_TRUE(plan.answerFromJson(plan.questionIndex(rating), 5, &error).has_value());
}
