#pragma once

#include "Questionnaire.h"
#include "QuestionnaireProblem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

// The interchange format of docs/questionnaire-format.md (version 1).
class QuestionnaireJson
{
    Q_DECLARE_TR_FUNCTIONS(QuestionnaireJson)

public:
    static constexpr int formatVersion = 1;

    static QJsonObject toJson(const Questionnaire& questionnaire);
    static QByteArray toBytes(const Questionnaire& questionnaire);
    // Reads a questionnaire; every problem of form (bad JSON, unknown or missing keys, wrong
    // types) is listed with its place. Returns nullopt when any is an error.
    static std::optional<Questionnaire> fromBytes(const QByteArray& bytes, QList<QuestionnaireProblem>* problems);
};
