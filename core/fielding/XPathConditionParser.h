#pragma once

#include "questionnaire/QuestionType.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

// Reads the common forms of XLSForm `relevant` and `required` expressions as a ShopScope
// condition (docs/odk.md): comparisons of ${q} (or ".") with a value, number(${q}),
// selected(${q}, 'v') on a single choice, and / or and parentheses. The guards ShopScope
// writes itself (${q} != '' next to a comparison of q) are understood. Anything else is
// refused with a message that names the part it cannot read, so the importer reports it.
class XPathConditionParser
{
    Q_DECLARE_TR_FUNCTIONS(XPathConditionParser)

public:
    // The questions an expression may name, with their types (by code).
    explicit XPathConditionParser(QHash<QString, QuestionType> questions);

    // The condition as ShopScope's JSON (Condition::fromJson reads it); "." and ${self} are
    // written without "q". nullopt with *error when the expression is not one of the forms.
    std::optional<QJsonObject> parse(const QString& expression, const QString& selfCode, QString* error) const;

private:
    QHash<QString, QuestionType> m_questions;
};
