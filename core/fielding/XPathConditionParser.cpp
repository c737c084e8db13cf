#include "XPathConditionParser.h"

#include "OdkNames.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace {

struct Token
{
    enum class Kind { Reference, Self, String, Number, Operator, Open, Close, Comma, Word, End };
    Kind kind = Kind::End;
    QString text;
};

class Parser
{
public:
    Parser(const QString& expression, const QString& selfCode, const QHash<QString, QuestionType>& questions)
        : m_selfCode(selfCode)
        , m_questions(questions)
    {
        tokenize(expression);
    }

    std::optional<QJsonObject> parse(QString* error)
    {
        auto result = orExpression();
        if (result && peek().kind != Token::Kind::End)
            return fail(XPathConditionParser::tr("unexpected “%1”").arg(peek().text));
        if (!m_error.isEmpty()) {
            *error = m_error;
            return std::nullopt;
        }
        if (result && result->contains(QStringLiteral("answered")))
            return fail(XPathConditionParser::tr("“%1 != ''” on its own cannot be a ShopScope condition")
                            .arg(result->value(QStringLiteral("answered")).toString()),
                        error);
        return result;
    }

private:
    std::optional<QJsonObject> fail(const QString& message, QString* error = nullptr)
    {
        if (m_error.isEmpty())
            m_error = message;
        if (error)
            *error = m_error;
        return std::nullopt;
    }
    void tokenize(const QString& text)
    {
        static const QRegularExpression pattern(QStringLiteral(
            R"(\s*(?:(\$\{[^}]+\})|('[^']*'|"[^"]*")|(-?\d+(?:\.\d+)?)|(!=|<=|>=|=|<|>)|(\()|(\))|(,)|([A-Za-z_][A-Za-z0-9_\-]*)|(\.(?![A-Za-z0-9]))))"));
        qsizetype at = 0;
        while (at < text.size()) {
            if (text.at(at).isSpace()) {
                ++at;
                continue;
            }
            const QRegularExpressionMatch match = pattern.match(text, at, QRegularExpression::NormalMatch,
                                                                QRegularExpression::AnchorAtOffsetMatchOption);
            if (!match.hasMatch() || match.capturedLength() == 0) {
                fail(XPathConditionParser::tr("cannot read “%1”").arg(text.mid(at, 20)));
                return;
            }
            Token token;
            if (!match.captured(1).isEmpty())
                token = {Token::Kind::Reference, match.captured(1).mid(2).chopped(1).trimmed()};
            else if (!match.captured(2).isEmpty())
                token = {Token::Kind::String, match.captured(2).mid(1).chopped(1)};
            else if (!match.captured(3).isEmpty())
                token = {Token::Kind::Number, match.captured(3)};
            else if (!match.captured(4).isEmpty())
                token = {Token::Kind::Operator, match.captured(4)};
            else if (!match.captured(5).isEmpty())
                token = {Token::Kind::Open, match.captured(5)};
            else if (!match.captured(6).isEmpty())
                token = {Token::Kind::Close, match.captured(6)};
            else if (!match.captured(7).isEmpty())
                token = {Token::Kind::Comma, match.captured(7)};
            else if (!match.captured(8).isEmpty())
                token = {Token::Kind::Word, match.captured(8)};
            else
                token = {Token::Kind::Self, QStringLiteral(".")};
            m_tokens.push_back(token);
            at = match.capturedEnd();
        }
    }
    const Token& peek() const
    {
        static const Token end;
        return size_t(m_position) < m_tokens.size() ? m_tokens[size_t(m_position)] : end;
    }
    Token next()
    {
        Token token = peek();
        if (size_t(m_position) < m_tokens.size())
            ++m_position;
        return token;
    }
    bool accept(Token::Kind kind, const QString& text = QString())
    {
        if (peek().kind != kind || (!text.isEmpty() && peek().text != text))
            return false;
        ++m_position;
        return true;
    }

    std::optional<QJsonObject> combine(const char* group, std::vector<QJsonObject> items)
    {
        // ShopScope's own guards: "${q} != ''" beside a comparison of q adds nothing, because an
        // unanswered question satisfies no comparison.
        if (qstrcmp(group, "all") == 0) {
            QSet<QString> compared;
            for (const QJsonObject& item : items)
                if (item.contains(QStringLiteral("op")))
                    compared.insert(item.value(QStringLiteral("q")).toString());
            std::vector<QJsonObject> kept;
            for (const QJsonObject& item : items)
                if (!item.contains(QStringLiteral("answered")) || !compared.contains(item.value(QStringLiteral("answered")).toString()))
                    kept.push_back(item);
            items = kept;
        }
        for (const QJsonObject& item : items)
            if (item.contains(QStringLiteral("answered")))
                return fail(XPathConditionParser::tr("“%1 != ''” on its own cannot be a ShopScope condition")
                                .arg(item.value(QStringLiteral("answered")).toString()));
        if (items.size() == 1)
            return items.front();
        QJsonArray array;
        for (const QJsonObject& item : items)
            array.append(item);
        return QJsonObject{{QLatin1String(group), array}};
    }

    std::optional<QJsonObject> orExpression()
    {
        std::vector<QJsonObject> items;
        do {
            auto item = andExpression();
            if (!item)
                return std::nullopt;
            items.push_back(*item);
        } while (accept(Token::Kind::Word, QStringLiteral("or")));
        return items.size() == 1 ? std::optional<QJsonObject>(items.front()) : combine("any", items);
    }
    std::optional<QJsonObject> andExpression()
    {
        std::vector<QJsonObject> items;
        do {
            auto item = primary();
            if (!item)
                return std::nullopt;
            items.push_back(*item);
        } while (accept(Token::Kind::Word, QStringLiteral("and")));
        return items.size() == 1 ? std::optional<QJsonObject>(items.front()) : combine("all", items);
    }

    // A question operand: ${q}, "." or number(...) of either. Empty code: the question itself.
    std::optional<QString> question()
    {
        if (accept(Token::Kind::Word, QStringLiteral("number"))) {
            if (!accept(Token::Kind::Open))
                return std::nullopt;
            auto inner = question();
            if (!inner || !accept(Token::Kind::Close))
                return std::nullopt;
            return inner;
        }
        if (peek().kind == Token::Kind::Self) {
            next();
            return QString();
        }
        if (peek().kind == Token::Kind::Reference) {
            const QString code = OdkNames::codeOfNodeName(next().text);
            if (code == m_selfCode)
                return QString();
            return code;
        }
        return std::nullopt;
    }
    QuestionType typeOf(const QString& code) const
    {
        return m_questions.value(code.isEmpty() ? m_selfCode : code, QuestionType::Text);
    }
    QJsonValue value(const Token& token, const QString& code) const
    {
        const QuestionType type = typeOf(code);
        const bool numeric = type == QuestionType::Rating || type == QuestionType::Nps || type == QuestionType::Number;
        bool isNumber = false;
        const double number = token.text.toDouble(&isNumber);
        if (numeric && isNumber)
            return number;
        return token.text;
    }
    QJsonObject comparison(const QString& code, const QString& op, const QJsonValue& operand) const
    {
        QJsonObject json;
        if (!code.isEmpty())
            json.insert(QStringLiteral("q"), code);
        json.insert(QStringLiteral("op"), op);
        json.insert(QStringLiteral("value"), operand);
        return json;
    }

    std::optional<QJsonObject> primary()
    {
        if (accept(Token::Kind::Open)) {
            // A bound on nesting: a hostile cell must not exhaust the stack.
            if (++m_depth > 64)
                return fail(XPathConditionParser::tr("parentheses nest deeper than 64 levels"));
            auto inner = orExpression();
            --m_depth;
            if (!inner)
                return std::nullopt;
            if (!accept(Token::Kind::Close))
                return fail(XPathConditionParser::tr("a “(” is not closed"));
            return inner;
        }
        const Token& token = peek();
        if (token.kind == Token::Kind::Word && token.text == QLatin1String("selected")) {
            next();
            if (!accept(Token::Kind::Open))
                return fail(XPathConditionParser::tr("selected needs “(”"));
            const auto code = question();
            if (!code || !accept(Token::Kind::Comma) || peek().kind != Token::Kind::String)
                return fail(XPathConditionParser::tr("selected() needs a question and a quoted choice"));
            const Token choice = next();
            if (!accept(Token::Kind::Close))
                return fail(XPathConditionParser::tr("selected() is not closed"));
            if (typeOf(*code) == QuestionType::Multiple)
                return fail(XPathConditionParser::tr("a condition on a choice of multiple-choice question %1 cannot be "
                                                     "expressed in ShopScope")
                                .arg(code->isEmpty() ? m_selfCode : *code));
            return comparison(*code, QStringLiteral("eq"), value(choice, *code));
        }
        if (token.kind == Token::Kind::Word && (token.text == QLatin1String("true") || token.text == QLatin1String("false")))
            return fail(XPathConditionParser::tr("“%1()” is not a condition on an answer").arg(token.text));
        if (token.kind == Token::Kind::Word && token.text != QLatin1String("number"))
            return fail(XPathConditionParser::tr("the function “%1” is not one of the forms ShopScope reads").arg(token.text));

        // operand op operand, the question on either side.
        const qsizetype start = m_position;
        std::optional<QString> code = question();
        bool swapped = false;
        Token literal;
        if (!code) {
            m_position = start;
            literal = next();
            if (literal.kind != Token::Kind::String && literal.kind != Token::Kind::Number)
                return fail(XPathConditionParser::tr("unexpected “%1”").arg(literal.text));
            swapped = true;
        }
        if (peek().kind != Token::Kind::Operator)
            return fail(XPathConditionParser::tr("a comparison is missing after “%1”").arg(m_position > 0 ? m_tokens[size_t(m_position - 1)].text : QString()));
        QString op = next().text;
        if (swapped) {
            code = question();
            if (!code)
                return fail(XPathConditionParser::tr("a comparison needs a question on one side"));
            static const QHash<QString, QString> mirrored = {{QStringLiteral("<"), QStringLiteral(">")},
                                                              {QStringLiteral(">"), QStringLiteral("<")},
                                                              {QStringLiteral("<="), QStringLiteral(">=")},
                                                              {QStringLiteral(">="), QStringLiteral("<=")}};
            op = mirrored.value(op, op);
        } else {
            literal = next();
            if (literal.kind != Token::Kind::String && literal.kind != Token::Kind::Number)
                return fail(XPathConditionParser::tr("“%1” must be compared with a value").arg(code->isEmpty() ? m_selfCode : *code));
        }
        if (!code->isEmpty() && !m_questions.contains(*code))
            return fail(XPathConditionParser::tr("there is no question %1 before this one").arg(*code));
        if (literal.kind == Token::Kind::String && literal.text.isEmpty()) {
            if (op == QLatin1String("!="))
                return QJsonObject{{QStringLiteral("answered"), *code}};
            return fail(XPathConditionParser::tr("“is unanswered” cannot be a ShopScope condition"));
        }
        static const QHash<QString, QString> ops = {
            {QStringLiteral("="), QStringLiteral("eq")}, {QStringLiteral("!="), QStringLiteral("ne")},
            {QStringLiteral("<"), QStringLiteral("lt")}, {QStringLiteral("<="), QStringLiteral("le")},
            {QStringLiteral(">"), QStringLiteral("gt")}, {QStringLiteral(">="), QStringLiteral("ge")},
        };
        const QString name = ops.value(op);
        const QJsonValue operand = value(literal, *code);
        if (name != QLatin1String("eq") && name != QLatin1String("ne") && !operand.isDouble())
            return fail(XPathConditionParser::tr("%1 is compared by size with “%2”, which is not a number")
                            .arg(code->isEmpty() ? m_selfCode : *code, literal.text));
        return comparison(*code, name, operand);
    }

    QString m_selfCode;
    const QHash<QString, QuestionType>& m_questions;
    std::vector<Token> m_tokens;
    qsizetype m_position = 0;
    int m_depth = 0;
    QString m_error;
};

} // namespace

XPathConditionParser::XPathConditionParser(QHash<QString, QuestionType> questions)
    : m_questions(std::move(questions))
{
}

std::optional<QJsonObject> XPathConditionParser::parse(const QString& expression, const QString& selfCode, QString* error) const
{
    Parser parser(expression, selfCode, m_questions);
    QString message;
    auto result = parser.parse(&message);
    if (!result && error)
        *error = message.isEmpty() ? tr("cannot read “%1”").arg(expression) : message;
    return result;
}
