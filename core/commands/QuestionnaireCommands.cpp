#include "QuestionnaireCommands.h"

#include "AddQuestionnaireVersionCommand.h"
#include "QuestionnaireEditCommand.h"
#include "UndoStack.h"
#include "project/Project.h"
#include "questionnaire/QuestionnaireJson.h"
#include "questionnaire/QuestionnaireStore.h"

#include <QCoreApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Command", text);
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

namespace Command {

bool editQuestionnaire(Project* project, qint64 versionId, const QString& text,
                       const std::function<bool(Questionnaire&, QString*)>& change, const QString& mergeKey,
                       QString* error)
{
    QString problem;
    auto questionnaire = QuestionnaireStore::load(project->database(), versionId, &problem);
    if (!questionnaire)
        return fail(error, problem);
    if (QuestionnaireStore::status(project->database(), versionId) != QLatin1String("draft"))
        return fail(error, tr("This version has reports and is frozen. Create a new version to change it."));
    const QByteArray before = QuestionnaireJson::toBytes(*questionnaire);
    if (!change(*questionnaire, &problem))
        return fail(error, problem);
    if (QuestionnaireJson::toBytes(*questionnaire) == before)
        return true; // nothing changed, nothing recorded
    return project->undoStack()->push(
        std::make_unique<QuestionnaireEditCommand>(project, versionId, text, *questionnaire, mergeKey), error);
}

std::optional<qint64> addQuestionnaire(Project* project, const Questionnaire& questionnaire, QString* error)
{
    auto command = std::make_unique<AddQuestionnaireVersionCommand>(
        project, questionnaire, tr("Add questionnaire %1").arg(questionnaire.code));
    AddQuestionnaireVersionCommand* added = command.get();
    if (!project->undoStack()->push(std::move(command), error))
        return std::nullopt;
    return added->versionId();
}

std::optional<qint64> newQuestionnaireVersion(Project* project, qint64 versionId, QString* error)
{
    auto questionnaire = QuestionnaireStore::load(project->database(), versionId, error);
    if (!questionnaire)
        return std::nullopt;
    auto command = std::make_unique<AddQuestionnaireVersionCommand>(
        project, *questionnaire, tr("New version of %1").arg(questionnaire->code));
    AddQuestionnaireVersionCommand* added = command.get();
    if (!project->undoStack()->push(std::move(command), error))
        return std::nullopt;
    return added->versionId();
}

std::optional<QString> addQuestion(Project* project, qint64 versionId, const QString& sectionCode, size_t index,
                                   QuestionType type, QString* error)
{
    QString code;
    const bool ok = editQuestionnaire(
        project, versionId, tr("Add question"),
        [&](Questionnaire& questionnaire, QString* why) {
            Section* section = questionnaire.findSection(sectionCode);
            if (!section)
                return fail(why, tr("There is no section %1.").arg(sectionCode));
            code = questionnaire.unusedQuestionCode(sectionCode);
            Question question;
            question.code = code;
            question.type = type;
            question.text.insert(questionnaire.sourceLanguage, tr("New question"));
            question.scored = type == QuestionType::YesNo;
            question.ensureYesNoOptions();
            section->questions.insert(section->questions.begin() + std::ptrdiff_t(std::min(index, section->questions.size())),
                                      question);
            return true;
        },
        {}, error);
    return ok ? std::optional<QString>(code) : std::nullopt;
}

std::optional<QString> duplicateQuestion(Project* project, qint64 versionId, const QString& questionCode, QString* error)
{
    QString code;
    const bool ok = editQuestionnaire(
        project, versionId, tr("Duplicate question %1").arg(questionCode),
        [&](Questionnaire& questionnaire, QString* why) {
            const auto place = questionnaire.findQuestion(questionCode);
            if (!place)
                return fail(why, tr("There is no question %1.").arg(questionCode));
            Question copy = place->section->questions[place->index];
            code = questionnaire.unusedQuestionCode(place->section->code);
            copy.code = code;
            place->section->questions.insert(place->section->questions.begin() + std::ptrdiff_t(place->index + 1), copy);
            return true;
        },
        {}, error);
    return ok ? std::optional<QString>(code) : std::nullopt;
}

bool removeQuestion(Project* project, qint64 versionId, const QString& questionCode, QString* error)
{
    return editQuestionnaire(
        project, versionId, tr("Delete question %1").arg(questionCode),
        [&](Questionnaire& questionnaire, QString* why) {
            const auto place = questionnaire.findQuestion(questionCode);
            if (!place)
                return fail(why, tr("There is no question %1.").arg(questionCode));
            place->section->questions.erase(place->section->questions.begin() + std::ptrdiff_t(place->index));
            return true;
        },
        {}, error);
}

bool moveQuestion(Project* project, qint64 versionId, const QString& questionCode, const QString& toSectionCode,
                  size_t toIndex, QString* error)
{
    return editQuestionnaire(
        project, versionId, tr("Move question %1").arg(questionCode),
        [&](Questionnaire& questionnaire, QString* why) {
            const auto place = questionnaire.findQuestion(questionCode);
            if (!place)
                return fail(why, tr("There is no question %1.").arg(questionCode));
            if (!questionnaire.findSection(toSectionCode))
                return fail(why, tr("There is no section %1.").arg(toSectionCode));
            Question moved = place->section->questions[place->index];
            place->section->questions.erase(place->section->questions.begin() + std::ptrdiff_t(place->index));
            Section* target = questionnaire.findSection(toSectionCode);
            target->questions.insert(target->questions.begin() + std::ptrdiff_t(std::min(toIndex, target->questions.size())),
                                     moved);
            return true;
        },
        {}, error);
}

std::optional<QString> addSection(Project* project, qint64 versionId, const QString& parentCode, size_t index,
                                  QString* error)
{
    QString code;
    const bool ok = editQuestionnaire(
        project, versionId, tr("Add section"),
        [&](Questionnaire& questionnaire, QString* why) {
            std::vector<Section>* list = &questionnaire.sections;
            if (!parentCode.isEmpty()) {
                Section* parent = questionnaire.findSection(parentCode);
                if (!parent)
                    return fail(why, tr("There is no section %1.").arg(parentCode));
                list = &parent->sections;
            }
            Section section;
            code = questionnaire.unusedSectionCode(QStringLiteral("SEC"));
            section.code = code;
            section.title.insert(questionnaire.sourceLanguage, tr("New section"));
            if (parentCode.isEmpty() && questionnaire.sectionScoring == SectionScoring::Weighted)
                section.weight = 0;
            list->insert(list->begin() + std::ptrdiff_t(std::min(index, list->size())), section);
            return true;
        },
        {}, error);
    return ok ? std::optional<QString>(code) : std::nullopt;
}

bool removeSection(Project* project, qint64 versionId, const QString& sectionCode, QString* error)
{
    return editQuestionnaire(
        project, versionId, tr("Delete section %1").arg(sectionCode),
        [&](Questionnaire& questionnaire, QString* why) {
            std::vector<Section>* siblings = nullptr;
            Section* section = questionnaire.findSection(sectionCode, &siblings);
            if (!section)
                return fail(why, tr("There is no section %1.").arg(sectionCode));
            siblings->erase(siblings->begin() + (section - siblings->data()));
            return true;
        },
        {}, error);
}

bool moveSection(Project* project, qint64 versionId, const QString& sectionCode, size_t toIndex, QString* error)
{
    return editQuestionnaire(
        project, versionId, tr("Move section %1").arg(sectionCode),
        [&](Questionnaire& questionnaire, QString* why) {
            std::vector<Section>* siblings = nullptr;
            Section* section = questionnaire.findSection(sectionCode, &siblings);
            if (!section)
                return fail(why, tr("There is no section %1.").arg(sectionCode));
            Section moved = *section;
            siblings->erase(siblings->begin() + (section - siblings->data()));
            siblings->insert(siblings->begin() + std::ptrdiff_t(std::min(toIndex, siblings->size())), moved);
            return true;
        },
        {}, error);
}

bool setQuestionText(Project* project, qint64 versionId, const QString& questionCode, const QString& language,
                     const QString& text, QString* error)
{
    return editQuestionnaire(
        project, versionId, tr("Edit the text of %1").arg(questionCode),
        [&](Questionnaire& questionnaire, QString* why) {
            const auto place = questionnaire.findQuestion(questionCode);
            if (!place)
                return fail(why, tr("There is no question %1.").arg(questionCode));
            if (!questionnaire.languages.contains(language))
                return fail(why, tr("%1 is not one of the programme's languages; add it first.").arg(language));
            place->section->questions[place->index].text.insert(language, text);
            return true;
        },
        QStringLiteral("text/%1/%2").arg(questionCode, language), error);
}

} // namespace Command
