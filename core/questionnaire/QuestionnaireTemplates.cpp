#include "QuestionnaireTemplates.h"

#include "QuestionnaireJson.h"

#include <QDir>
#include <QFile>

static void initTemplateResources()
{
    Q_INIT_RESOURCE(templates);
}

QList<QuestionnaireTemplates::Entry> QuestionnaireTemplates::list()
{
    initTemplateResources();
    QList<Entry> entries;
    const QStringList files = QDir(QStringLiteral(":/templates")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString id = file.chopped(5);
        QString error;
        if (const auto questionnaire = load(id, &error))
            entries.append({id, questionnaire->code, questionnaire->name, questionnaire->channel,
                            int(questionnaire->questionsInOrder().size())});
    }
    return entries;
}

std::optional<Questionnaire> QuestionnaireTemplates::load(const QString& id, QString* error)
{
    initTemplateResources();
    QFile file(QStringLiteral(":/templates/%1.json").arg(id));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("there is no template “%1”").arg(id);
        return std::nullopt;
    }
    QList<QuestionnaireProblem> problems;
    auto questionnaire = QuestionnaireJson::fromBytes(file.readAll(), &problems);
    if (!questionnaire && error)
        *error = tr("the template “%1” is broken: %2").arg(id, problems.value(0).toString());
    return questionnaire;
}
