#include "fielding/OdkExpressions.h"
#include "fielding/OdkFormBuilder.h"
#include "fielding/OdkFormImporter.h"
#include "fielding/XPathConditionParser.h"
#include "fielding/XlsFormWriter.h"
#include "io/XlsxWriter.h"
#include "project/Project.h"
#include "questionnaire/FormState.h"
#include "questionnaire/QuestionnaireJson.h"
#include "questionnaire/QuestionnaireStore.h"
#include "questionnaire/QuestionnaireTemplates.h"
#include "questionnaire/ScoringPlan.h"
#include "support/TestProject.h"

#include <QFile>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include <map>
#include <random>

// XLSForm both ways: ShopScope -> XLSForm -> ShopScope keeps everything; real public XLSForms
// become questionnaires with their questions' count and types; what cannot come along is listed.

namespace {

QString joined(const QList<QuestionnaireProblem>& problems)
{
    QStringList lines;
    for (const auto& problem : problems)
        lines << problem.toString();
    return lines.join(QStringLiteral("\n"));
}

QList<Questionnaire> templatesAndDemo(const TestFolder& folder)
{
    QList<Questionnaire> list;
    for (const auto& entry : QuestionnaireTemplates::list()) {
        QString error;
        list << *QuestionnaireTemplates::load(entry.id, &error);
    }
    ProjectError error;
    const auto project = Project::open(folder.demoCopy(QStringLiteral("demo.shopscope")), Project::Mode::ReadOnly, &error);
    QString message;
    const auto versions = QuestionnaireStore::list(project->database(), &message);
    list << *QuestionnaireStore::load(project->database(), versions.first().versionId, &message);
    QFile edge(QStringLiteral(SHOPSCOPE_ODK_DATA "/edge-cases.json"));
    EXPECT_TRUE(edge.open(QIODevice::ReadOnly));
    QList<QuestionnaireProblem> problems;
    list << QuestionnaireJson::fromBytes(edge.readAll(), &problems).value();
    return list;
}

std::map<std::string, int> typeCounts(const Questionnaire& questionnaire)
{
    std::map<std::string, int> counts;
    for (const Question* question : questionnaire.questionsInOrder())
        ++counts[QuestionTypes::code(question->type).toStdString()];
    return counts;
}


QString fixture(const char* name)
{
    return QStringLiteral(SHOPSCOPE_XLSFORM_DATA "/") + QLatin1String(name);
}

} // namespace

TEST(XlsForm, EveryTemplateAndTheDemoComeBackUnchangedThroughAnXlsFormWorkbook)
{
    TestFolder folder;
    for (const Questionnaire& original : templatesAndDemo(folder)) {
        const QString path = folder.path(original.code + QStringLiteral(".xlsx"));
        QString error;
        QList<QuestionnaireProblem> notes;
        ASSERT_TRUE(XlsFormWriter::write(path, OdkFormBuilder::build(original, {}, &notes), &error)) << error.toStdString();
        QList<QuestionnaireProblem> problems;
        const auto imported = OdkFormImporter::fromWorkbook(path, &problems);
        ASSERT_TRUE(imported) << original.code.toStdString() << ": " << joined(problems).toStdString();
        EXPECT_TRUE(problems.isEmpty()) << joined(problems).toStdString();
        // Every section, question, option, condition, translation and scoring setting.
        EXPECT_EQ(QString::fromUtf8(QuestionnaireJson::toBytes(*imported)), QString::fromUtf8(QuestionnaireJson::toBytes(original)))
            << original.code.toStdString();
    }
}

TEST(XlsForm, TheWorkbookHasTheSheetsAndColumnsKoboAndOdkCentralRead)
{
    TestFolder folder;
    const QList<Questionnaire> all = templatesAndDemo(folder);
    const Questionnaire demo = all.at(all.size() - 2);
    QList<QuestionnaireProblem> notes;
    const auto sheets = XlsFormWriter::sheets(OdkFormBuilder::build(demo, {}, &notes));
    ASSERT_EQ(sheets.size(), 3);
    EXPECT_EQ(sheets.at(0).name, QStringLiteral("survey"));
    EXPECT_EQ(sheets.at(1).name, QStringLiteral("choices"));
    EXPECT_EQ(sheets.at(2).name, QStringLiteral("settings"));
    const QStringList header = sheets.at(0).rows.first();
    for (const char* column : {"type", "name", "label::English (en)", "label::Latvian (lv)", "hint::English (en)", "required",
                               "relevant", "calculation", "constraint"})
        EXPECT_TRUE(header.contains(QLatin1String(column))) << column;
    EXPECT_EQ(sheets.at(1).rows.first().mid(0, 2), (QStringList{QStringLiteral("list_name"), QStringLiteral("name")}));
    const QStringList settings = sheets.at(2).rows.first();
    EXPECT_EQ(sheets.at(2).rows.at(1).at(settings.indexOf(QStringLiteral("form_id"))), demo.code);
    EXPECT_EQ(sheets.at(2).rows.at(1).at(settings.indexOf(QStringLiteral("default_language"))), QStringLiteral("English (en)"));
    // The visit travels in hidden fields, and the score is a calculation.
    QStringList names;
    for (const QStringList& row : sheets.at(0).rows)
        names << row.value(1) + QLatin1Char(':') + row.value(0);
    for (const char* field : {"ss_visit_id:hidden", "ss_location:hidden", "ss_scenario:hidden", "ss_shopper:hidden",
                              "ss_date:date", "ss_score:calculate"})
        EXPECT_TRUE(names.contains(QLatin1String(field))) << field;
}

TEST(XlsForm, RealPublicFormsBecomeQuestionnairesWithTheirQuestionsCountsAndTypes)
{
    // Counted by hand from the workbooks' survey sheets (pyxform's test fixtures).
    struct Case
    {
        const char* file;
        std::map<std::string, int> types;
    };
    const std::vector<Case> cases = {
        {"text_and_integer.xlsx", {{"number", 1}, {"text", 1}}},
        {"group.xlsx", {{"number", 1}, {"text", 1}}},
        {"yes_or_no_question.xlsx", {{"yes_no", 1}}},
        {"field-list.xlsx", {{"yes_no", 1}}},
        {"or_other.xlsx", {{"single", 2}}},
        {"extra_sheet_names.xlsx", {{"text", 1}}},
        {"xlsform_spec_test.xlsx",
         {{"date", 2}, {"multiple", 1}, {"number", 3}, {"single", 2}, {"text", 6}, {"time", 1}, {"yes_no", 6}}},
        {"flat_xlsform_test.xlsx",
         {{"date", 2}, {"multiple", 1}, {"number", 3}, {"single", 2}, {"text", 6}, {"time", 1}, {"yes_no", 6}}},
    };
    for (const Case& testCase : cases) {
        QList<QuestionnaireProblem> problems;
        const auto questionnaire = OdkFormImporter::fromWorkbook(fixture(testCase.file), &problems);
        ASSERT_TRUE(questionnaire) << testCase.file << ": " << joined(problems).toStdString();
        EXPECT_EQ(typeCounts(*questionnaire), testCase.types) << testCase.file;
    }

    // The spec test form: groups, languages, a repeat, and everything left out named by row.
    QList<QuestionnaireProblem> problems;
    const auto spec = OdkFormImporter::fromWorkbook(fixture("xlsform_spec_test.xlsx"), &problems);
    ASSERT_TRUE(spec);
    EXPECT_TRUE(spec->languages.contains(QStringLiteral("en")));
    EXPECT_TRUE(spec->languages.contains(QStringLiteral("zh")));
    const QString report = joined(problems);
    for (const char* expected : {"survey row 15 (repeat_test): a repeat becomes a plain section",
                                 "ShopScope has no “geopoint” question (survey rows 34)",
                                 "ShopScope has no “image” question (survey rows 36)",
                                 "notes (survey rows 5, 7, 8, 10, 39, 41, 43, 45, 47, 49, 51, 53) are texts",
                                 "survey row 33 (datetime_test): a date and time becomes a date question"})
        EXPECT_TRUE(report.contains(QString::fromUtf8(expected))) << expected << "\n" << report.toStdString();
    const Question* other = nullptr;
    QList<QuestionnaireProblem> orOtherProblems;
    const auto orOther = OdkFormImporter::fromWorkbook(fixture("or_other.xlsx"), &orOtherProblems);
    ASSERT_TRUE(orOther);
    other = orOther->questionsInOrder().front();
    EXPECT_EQ(other->options.back().code, QStringLiteral("other"));
    EXPECT_TRUE(joined(orOtherProblems).contains(QStringLiteral("“or_other” becomes an option “other”")));
}

TEST(XlsForm, ABrokenWorkbookIsRefusedWithItsSheetRowAndName)
{
    TestFolder folder;
    // A list that does not exist, a group never closed.
    OdkForm form;
    form.title = QStringLiteral("Broken");
    form.id = QStringLiteral("broken");
    form.defaultLanguage = QStringLiteral("en");
    form.languages = {QStringLiteral("en")};
    OdkRow group;
    group.type = QStringLiteral("begin_group");
    group.name = QStringLiteral("G");
    OdkRow question;
    question.type = QStringLiteral("select_one colours");
    question.name = QStringLiteral("Q1");
    question.label = {{QStringLiteral("en"), QStringLiteral("Colour?")}};
    form.rows = {group, question};
    const QString path = folder.path(QStringLiteral("broken.xlsx"));
    QString error;
    ASSERT_TRUE(XlsFormWriter::write(path, form, &error));
    QList<QuestionnaireProblem> problems;
    EXPECT_FALSE(OdkFormImporter::fromWorkbook(path, &problems));
    const QString report = joined(problems);
    EXPECT_TRUE(report.contains(QStringLiteral("survey sheet, row 3: Q1 uses the choice list “colours”, which the choices sheet does not have")))
        << report.toStdString();
    EXPECT_TRUE(report.contains(QStringLiteral("1 group(s) are opened in the survey sheet but never closed"))) << report.toStdString();

    // Not a workbook at all.
    const QString text = folder.writeFile(QStringLiteral("notes.xlsx"), "just text");
    problems.clear();
    EXPECT_FALSE(OdkFormImporter::fromWorkbook(text, &problems));
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().message.contains(QStringLiteral("notes.xlsx"))) << problems.first().message.toStdString();
}

TEST(XPathConditions, TheCommonFormsAreReadAndOthersRefusedWithTheReason)
{
    const XPathConditionParser parser({{QStringLiteral("A"), QuestionType::YesNo},
                                       {QStringLiteral("R"), QuestionType::Rating},
                                       {QStringLiteral("M"), QuestionType::Multiple},
                                       {QStringLiteral("S"), QuestionType::Single}});
    auto json = [&](const QString& expression, const QString& self = QStringLiteral("Q")) {
        QString error;
        const auto result = parser.parse(expression, self, &error);
        return result ? QString::fromUtf8(QJsonDocument(*result).toJson(QJsonDocument::Compact)) : QStringLiteral("error: ") + error;
    };
    EXPECT_EQ(json(QStringLiteral("${A} = 'no'")), QStringLiteral(R"({"op":"eq","q":"A","value":"no"})"));
    EXPECT_EQ(json(QStringLiteral("${A}=\"no\"")), QStringLiteral(R"({"op":"eq","q":"A","value":"no"})"));
    EXPECT_EQ(json(QStringLiteral("'no' = ${A}")), QStringLiteral(R"({"op":"eq","q":"A","value":"no"})"));
    EXPECT_EQ(json(QStringLiteral("number(${R}) <= 2")), QStringLiteral(R"({"op":"le","q":"R","value":2})"));
    EXPECT_EQ(json(QStringLiteral("3 > ${R}")), QStringLiteral(R"({"op":"lt","q":"R","value":3})"));
    EXPECT_EQ(json(QStringLiteral("${R} = '4'")), QStringLiteral(R"({"op":"eq","q":"R","value":4})"));
    EXPECT_EQ(json(QStringLiteral("selected(${S}, 'x')")), QStringLiteral(R"({"op":"eq","q":"S","value":"x"})"));
    EXPECT_EQ(json(QStringLiteral(". = 'no'"), QStringLiteral("A")), QStringLiteral(R"({"op":"eq","value":"no"})"));
    EXPECT_EQ(json(QStringLiteral("${A} != '' and ${A} != 'yes'")), QStringLiteral(R"({"op":"ne","q":"A","value":"yes"})"));
    EXPECT_EQ(json(QStringLiteral("(${A} = 'no' or ${S} = 'x') and ${R} > 3")),
              QStringLiteral(R"({"all":[{"any":[{"op":"eq","q":"A","value":"no"},{"op":"eq","q":"S","value":"x"}]},{"op":"gt","q":"R","value":3}]})"));
    EXPECT_EQ(json(QStringLiteral("selected(${M}, 'x')")),
              QStringLiteral("error: a condition on a choice of multiple-choice question M cannot be expressed in ShopScope"));
    EXPECT_EQ(json(QStringLiteral("${B} = 'no'")), QStringLiteral("error: there is no question B before this one"));
    EXPECT_EQ(json(QStringLiteral("string-length(${A}) > 0")),
              QStringLiteral("error: the function “string-length” is not one of the forms ShopScope reads"));
    EXPECT_EQ(json(QStringLiteral("${A} != ''")), QStringLiteral("error: “A != ''” on its own cannot be a ShopScope condition"));
    EXPECT_EQ(json(QStringLiteral("${A} = 'no' and")), QStringLiteral("error: unexpected “”"));
    // A hostile cell cannot exhaust the stack.
    EXPECT_EQ(json(QString(10000, QLatin1Char('(')) + QStringLiteral("${A} = 'no'") + QString(10000, QLatin1Char(')'))),
              QStringLiteral("error: parentheses nest deeper than 64 levels"));
}

TEST(XPathConditions, TheRelevanceShopScopeWritesReadsBackToTheSameVisibility)
{
    // A foreign tool keeps only `relevant`: read back, it must show and hide the same questions
    // as the original conditions for any answers.
    TestFolder folder;
    std::mt19937 random(8);
    int conditions = 0;
    for (const Questionnaire& original : templatesAndDemo(folder)) {
        const OdkExpressions expressions(original);
        Questionnaire reread = original;
        QHash<QString, QuestionType> earlier;
        for (Section& section : reread.sections) {
            std::function<void(Section&)> walk = [&](Section& current) {
                for (Question& question : current.questions) {
                    // A condition that never holds in ShopScope is false() in XPath, which no
                    // condition reads back as; the engine test covers those.
                    if (question.showIf && !expressions.visibility(question).contains(QLatin1String("false()"))) {
                        ++conditions;
                        QString error;
                        const auto json = XPathConditionParser(earlier).parse(expressions.visibility(question), question.code, &error);
                        ASSERT_TRUE(json) << question.code.toStdString() << ": " << error.toStdString();
                        question.showIf = Condition::fromJson(*json, &error);
                        ASSERT_TRUE(question.showIf) << error.toStdString();
                    }
                    earlier.insert(question.code, question.type);
                }
                for (Section& child : current.sections)
                    walk(child);
            };
            walk(section);
        }
        const ScoringPlan before(original);
        const ScoringPlan after(reread);
        for (int round = 0; round < 200; ++round) {
            std::vector<AnswerValue> answers;
            for (const auto& question : before.questions()) {
                std::uniform_int_distribution<int> pick(-1, std::max(0, int(question.optionCodes.size()) - 1));
                const int choice = pick(random);
                if (question.type == QuestionType::Rating || question.type == QuestionType::Nps || question.type == QuestionType::Number)
                    answers.push_back(choice < 0 ? AnswerValue::none() : AnswerValue::value(double(random() % 11)));
                else if (question.optionCodes.isEmpty() || choice < 0)
                    answers.push_back(AnswerValue::none());
                else
                    answers.push_back(question.optionIsNa[size_t(choice)] ? AnswerValue::notApplicable() : AnswerValue::choice(choice));
            }
            EXPECT_EQ(FormState::evaluate(before, answers).visible, FormState::evaluate(after, answers).visible) << original.code.toStdString();
        }
    }
    EXPECT_GE(conditions, 10);
}

TEST(XlsForm, APlainLabelColumnBesideALanguageColumnIsTheDefaultLanguage)
{
    // As many forms are written: "label" for English, "label::French (fr)" beside it.
    TestFolder folder;
    const QString path = folder.path(QStringLiteral("plain.xlsx"));
    QString error;
    ASSERT_TRUE(XlsxWriter::write(path,
                                  {{QStringLiteral("survey"),
                                    {{QStringLiteral("type"), QStringLiteral("name"), QStringLiteral("label"), QStringLiteral("label::French (fr)")},
                                     {QStringLiteral("select_one yn"), QStringLiteral("q1"), QStringLiteral("Greeted?"), QStringLiteral("Accueilli ?")},
                                     {QStringLiteral("text"), QStringLiteral("q2"), QStringLiteral("Anything else?"), QString()},
                                     {QString(), QStringLiteral("q3"), QStringLiteral("No type here"), QString()}},
                                    {}},
                                   {QStringLiteral("choices"),
                                    {{QStringLiteral("list_name"), QStringLiteral("name"), QStringLiteral("label"), QStringLiteral("label::French (fr)")},
                                     {QStringLiteral("yn"), QStringLiteral("yes"), QStringLiteral("Yes"), QStringLiteral("Oui")},
                                     {QStringLiteral("yn"), QStringLiteral("no"), QStringLiteral("No"), QStringLiteral("Non")}},
                                    {}}},
                                  &error))
        << error.toStdString();
    QList<QuestionnaireProblem> problems;
    const auto questionnaire = OdkFormImporter::fromWorkbook(path, &problems);
    ASSERT_TRUE(questionnaire) << joined(problems).toStdString();
    EXPECT_EQ(questionnaire->sourceLanguage, QStringLiteral("en"));
    EXPECT_EQ(questionnaire->languages, (QStringList{QStringLiteral("en"), QStringLiteral("fr")}));
    const Question* q1 = questionnaire->question(QStringLiteral("q1"));
    ASSERT_NE(q1, nullptr);
    EXPECT_EQ(q1->type, QuestionType::YesNo);
    EXPECT_EQ(q1->text.value(QStringLiteral("en")), QStringLiteral("Greeted?"));
    EXPECT_EQ(q1->text.value(QStringLiteral("fr")), QStringLiteral("Accueilli ?"));
    EXPECT_EQ(questionnaire->question(QStringLiteral("q2"))->text.value(QStringLiteral("en")), QStringLiteral("Anything else?"));
    EXPECT_EQ(questionnaire->question(QStringLiteral("q3")), nullptr);
    EXPECT_TRUE(joined(problems).contains(QStringLiteral("survey sheet, row 4: “q3” has no type: left out"))) << joined(problems).toStdString();
}
