#pragma once

#include <QCoreApplication>
#include <QString>

struct VisitExplanation;

// An explanation of the engine (why a visit has its shopper, or none) as rich text for the
// explanation panels: the sentence, then the rules broken, the warnings and, for a visit left
// without a shopper, how the panel narrowed rule by rule.
class ExplanationHtml
{
    Q_DECLARE_TR_FUNCTIONS(ExplanationHtml)

public:
    static QString of(const VisitExplanation& why);
};
