#include "QuestionEditor.h"

#include "ConditionEditor.h"
#include "models/DomainLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

namespace {
constexpr double kNone = -1e9; // the spin boxes' "not set" value
const QuestionType kTypes[] = {QuestionType::YesNo, QuestionType::Rating, QuestionType::Nps, QuestionType::Single,
                               QuestionType::Multiple, QuestionType::Number, QuestionType::Date, QuestionType::Time,
                               QuestionType::Text};
} // namespace

QuestionEditor::QuestionEditor(QWidget* parent)
    : QWidget(parent)
    , m_codeEdit(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_help(new QPlainTextEdit(this))
    , m_mandatory(new QCheckBox(tr("Mandatory"), this))
    , m_allowNa(new QCheckBox(tr("Offers “not applicable”"), this))
    , m_scored(new QCheckBox(tr("Scored"), this))
    , m_bonus(new QCheckBox(tr("Bonus (adds to earned only)"), this))
    , m_weight(new QDoubleSpinBox(this))
    , m_critical(new QComboBox(this))
    , m_minimum(new QDoubleSpinBox(this))
    , m_maximum(new QDoubleSpinBox(this))
    , m_unit(new QLineEdit(this))
    , m_lowLabel(new QLineEdit(this))
    , m_highLabel(new QLineEdit(this))
    , m_optionsLabel(new QLabel(tr("Options:"), this))
    , m_options(new QTableWidget(0, 3, this))
    , m_addOption(new QPushButton(tr("Add option"), this))
    , m_removeOption(new QPushButton(tr("Remove option"), this))
    , m_showIf(new ConditionEditor(ConditionEditor::Mode::ShowIf, this))
    , m_commentIf(new ConditionEditor(ConditionEditor::Mode::CommentIf, this))
    , m_textDelay(new QTimer(this))
{
    m_codeEdit->setObjectName(QStringLiteral("questionCode"));
    for (QuestionType type : kTypes)
        m_type->addItem(DomainLabels::label(DomainLabels::QuestionType, QuestionTypes::code(type)), int(type));
    m_text->setTabChangesFocus(true);
    m_help->setTabChangesFocus(true);
    m_text->setMaximumHeight(m_text->fontMetrics().height() * 4);
    m_help->setMaximumHeight(m_help->fontMetrics().height() * 3);
    m_weight->setRange(0, 1000);
    m_weight->setDecimals(2);
    m_critical->addItem(tr("Not critical"), int(Critical::None));
    m_critical->addItem(tr("Critical: failing zeroes the section"), int(Critical::Section));
    m_critical->addItem(tr("Critical: failing zeroes the visit"), int(Critical::Visit));
    for (QDoubleSpinBox* spin : {m_minimum, m_maximum}) {
        spin->setRange(kNone, 1e9);
        spin->setDecimals(1);
        spin->setSpecialValueText(tr("not set"));
    }
    m_options->setHorizontalHeaderLabels({tr("Code"), tr("Label"), tr("Points")});
    m_options->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_options->verticalHeader()->hide();
    m_options->setMinimumHeight(120);

    // Two by two: the labels are long in some languages.
    auto* flags = new QGridLayout;
    flags->addWidget(m_mandatory, 0, 0);
    flags->addWidget(m_allowNa, 0, 1);
    flags->addWidget(m_scored, 1, 0);
    flags->addWidget(m_bonus, 1, 1);
    flags->setColumnStretch(2, 1);
    auto* range = new QHBoxLayout;
    range->addWidget(m_minimum);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_maximum);
    range->addWidget(new QLabel(tr("unit"), this));
    range->addWidget(m_unit);
    auto* labels = new QHBoxLayout;
    labels->addWidget(m_lowLabel);
    labels->addWidget(m_highLabel);
    m_lowLabel->setPlaceholderText(tr("label of the lowest value"));
    m_highLabel->setPlaceholderText(tr("label of the highest value"));
    auto* optionButtons = new QHBoxLayout;
    optionButtons->addWidget(m_addOption);
    optionButtons->addWidget(m_removeOption);
    optionButtons->addStretch();

    auto* form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Code:"), m_codeEdit);
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(tr("&Question:"), m_text);
    form->addRow(tr("&Help for the shopper:"), m_help);
    form->addRow(QString(), flags);
    form->addRow(tr("&Weight:"), m_weight);
    form->addRow(tr("C&ritical:"), m_critical);
    form->addRow(tr("Range:"), range);
    form->addRow(tr("Scale labels:"), labels);
    form->addRow(m_optionsLabel, m_options);
    form->addRow(QString(), optionButtons);
    form->addRow(tr("&Shown when:"), m_showIf);
    form->addRow(tr("Comment &required:"), m_commentIf);

    // Texts commit shortly after typing stops (and on leaving the field); edits of one field merge.
    m_textDelay->setSingleShot(true);
    m_textDelay->setInterval(700);
    connect(m_textDelay, &QTimer::timeout, this, &QuestionEditor::commitTexts);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_textDelay->start();
    });
    connect(m_help, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_textDelay->start();
    });

    connect(m_codeEdit, &QLineEdit::editingFinished, this, [this] {
        const QString code = m_codeEdit->text().trimmed();
        if (code == m_code)
            return;
        change(tr("Rename %1 to %2").arg(m_code, code), QStringLiteral("code"), [code](Question& question, QString*) {
            question.code = code;
            return true;
        });
    });
    connect(m_type, &QComboBox::activated, this, [this] {
        const auto type = QuestionType(m_type->currentData().toInt());
        change(tr("Change the type of %1").arg(m_code), QString(), [type](Question& question, QString*) {
            if (question.type == type)
                return true;
            question.type = type;
            // Options belong to choice questions; scoring to the types that can be scored.
            if (!QuestionTypes::hasOptions(type))
                question.options.clear();
            if (type == QuestionType::YesNo) {
                question.options.clear();
                question.ensureYesNoOptions();
            }
            if (!QuestionTypes::canBeScored(type)) {
                question.scored = false;
                question.critical = Critical::None;
                question.bonus = false;
            }
            return true;
        });
    });
    auto flag = [this](QCheckBox* check, const QString& undoText, std::function<void(Question&, bool)> set) {
        connect(check, &QCheckBox::toggled, this, [this, undoText, set](bool on) {
            change(undoText.arg(m_code), QString(), [set, on](Question& question, QString*) {
                set(question, on);
                return true;
            });
        });
    };
    flag(m_mandatory, tr("Change whether %1 is mandatory"), [](Question& q, bool on) { q.mandatory = on; });
    flag(m_allowNa, tr("Change whether %1 offers N/A"), [](Question& q, bool on) {
        q.allowNa = on;
        if (q.type == QuestionType::YesNo) {
            q.options.erase(std::remove_if(q.options.begin(), q.options.end(), [](const QuestionOption& o) { return o.isNa; }),
                            q.options.end());
            if (on)
                q.options.push_back({QStringLiteral("na"), std::nullopt, true, {{QStringLiteral("en"), QStringLiteral("Not applicable")}}});
        }
    });
    flag(m_scored, tr("Change whether %1 is scored"), [](Question& q, bool on) {
        q.scored = on;
        if (!on) {
            q.critical = Critical::None;
            q.bonus = false;
        }
    });
    flag(m_bonus, tr("Change whether %1 is a bonus"), [](Question& q, bool on) { q.bonus = on; });
    connect(m_weight, &QDoubleSpinBox::editingFinished, this, [this] {
        const double weight = m_weight->value();
        change(tr("Change the weight of %1").arg(m_code), QStringLiteral("weight"), [weight](Question& q, QString*) {
            q.weight = weight;
            return true;
        });
    });
    connect(m_critical, &QComboBox::activated, this, [this] {
        const auto critical = Critical(m_critical->currentData().toInt());
        change(tr("Change whether %1 is critical").arg(m_code), QString(), [critical](Question& q, QString*) {
            q.critical = critical;
            return true;
        });
    });
    auto bound = [this](QDoubleSpinBox* spin, bool minimum) {
        connect(spin, &QDoubleSpinBox::editingFinished, this, [this, spin, minimum] {
            const std::optional<double> value = spin->value() <= kNone ? std::nullopt : std::optional<double>(spin->value());
            change(tr("Change the range of %1").arg(m_code), minimum ? QStringLiteral("min") : QStringLiteral("max"),
                   [value, minimum](Question& q, QString*) {
                       (minimum ? q.minimum : q.maximum) = value;
                       return true;
                   });
        });
    };
    bound(m_minimum, true);
    bound(m_maximum, false);
    connect(m_unit, &QLineEdit::editingFinished, this, [this] {
        const QString unit = m_unit->text().trimmed();
        change(tr("Change the unit of %1").arg(m_code), QStringLiteral("unit"), [unit](Question& q, QString*) {
            q.unit = unit;
            return true;
        });
    });
    for (QLineEdit* edit : {m_lowLabel, m_highLabel}) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
            const QString text = edit->text();
            const bool low = edit == m_lowLabel;
            const QString language = m_language;
            change(tr("Change the scale labels of %1").arg(m_code), low ? QStringLiteral("low") : QStringLiteral("high"),
                   [text, low, language](Question& q, QString*) {
                       (low ? q.lowLabel : q.highLabel).insert(language, text);
                       return true;
                   });
        });
    }
    connect(m_options, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            commitOptions();
    });
    connect(m_addOption, &QPushButton::clicked, this, [this] {
        const QString language = m_language;
        change(tr("Add an option to %1").arg(m_code), QString(), [language](Question& q, QString*) {
            int n = int(q.options.size()) + 1;
            QString code;
            do {
                code = QStringLiteral("opt%1").arg(n++);
            } while (std::any_of(q.options.begin(), q.options.end(), [&](const QuestionOption& o) { return o.code == code; }));
            q.options.push_back({code, std::nullopt, false, {{language, tr("New option")}}});
            return true;
        });
    });
    connect(m_removeOption, &QPushButton::clicked, this, [this] {
        const int row = m_options->currentRow();
        if (row < 0)
            return;
        change(tr("Remove an option of %1").arg(m_code), QString(), [row](Question& q, QString*) {
            if (size_t(row) < q.options.size())
                q.options.erase(q.options.begin() + row);
            return true;
        });
    });
    connect(m_showIf, &ConditionEditor::conditionEdited, this, [this](const std::optional<Condition>& condition) {
        change(tr("Change when %1 is shown").arg(m_code), QString(), [condition](Question& q, QString*) {
            q.showIf = condition;
            return true;
        });
    });
    connect(m_commentIf, &ConditionEditor::conditionEdited, this, [this](const std::optional<Condition>& condition) {
        change(tr("Change when %1 needs a comment").arg(m_code), QString(), [condition](Question& q, QString*) {
            q.commentIf = condition;
            return true;
        });
    });
}

void QuestionEditor::change(const QString& text, const QString& field, const QuestionChange& body)
{
    if (m_loading || !m_apply || m_code.isEmpty())
        return;
    m_apply(text, field.isEmpty() ? QString() : QStringLiteral("question/%1/%2").arg(m_code, field), body);
}

void QuestionEditor::commitTexts()
{
    m_textDelay->stop();
    const QString text = m_text->toPlainText();
    const QString help = m_help->toPlainText();
    const QString language = m_language;
    change(tr("Edit the text of %1").arg(m_code), QStringLiteral("text/") + language,
           [text, help, language](Question& q, QString*) {
               q.text.insert(language, text);
               if (help.isEmpty())
                   q.help.remove(language);
               else
                   q.help.insert(language, help);
               return true;
           });
}

void QuestionEditor::commitOptions()
{
    std::vector<std::tuple<QString, QString, QString>> rows;
    for (int row = 0; row < m_options->rowCount(); ++row)
        rows.emplace_back(m_options->item(row, 0) ? m_options->item(row, 0)->text().trimmed() : QString(),
                          m_options->item(row, 1) ? m_options->item(row, 1)->text() : QString(),
                          m_options->item(row, 2) ? m_options->item(row, 2)->text().trimmed() : QString());
    const QString language = m_language;
    change(tr("Edit the options of %1").arg(m_code), QStringLiteral("options"), [rows, language](Question& q, QString* error) {
        for (size_t i = 0; i < rows.size() && i < q.options.size(); ++i) {
            auto& option = q.options[i];
            const auto& [code, label, points] = rows[i];
            if (code.isEmpty()) {
                *error = tr("An option needs a code.");
                return false;
            }
            bool ok = true;
            const double value = QLocale().toDouble(points, &ok);
            if (!points.isEmpty() && !ok) {
                *error = tr("“%1” is not a number of points.").arg(points);
                return false;
            }
            option.code = code;
            option.label.insert(language, label);
            option.points = points.isEmpty() || option.isNa ? std::nullopt : std::optional<double>(value);
        }
        return true;
    });
}

void QuestionEditor::setQuestion(const Questionnaire& questionnaire, const QString& code, const QString& language,
                                 bool editable)
{
    const Question* question = questionnaire.question(code);
    if (!question)
        return;
    if (m_textDelay->isActive() && code == m_code)
        return; // the user is typing here: do not pull the text from under them
    m_loading = true;
    m_code = code;
    m_language = language;
    if (m_codeEdit->text() != code)
        m_codeEdit->setText(code);
    m_type->setCurrentIndex(m_type->findData(int(question->type)));
    const QString text = question->text.value(language);
    if (m_text->toPlainText() != text)
        m_text->setPlainText(text);
    const QString help = question->help.value(language);
    if (m_help->toPlainText() != help)
        m_help->setPlainText(help);
    m_text->setPlaceholderText(question->text.value(questionnaire.sourceLanguage));
    m_mandatory->setChecked(question->mandatory);
    m_allowNa->setChecked(question->allowNa);
    m_allowNa->setVisible(question->type == QuestionType::YesNo);
    const bool scorable = QuestionTypes::canBeScored(question->type);
    m_scored->setChecked(question->scored);
    m_scored->setEnabled(editable && scorable);
    m_bonus->setChecked(question->bonus);
    m_bonus->setEnabled(editable && question->scored);
    m_weight->setValue(question->weight);
    m_weight->setEnabled(editable && question->scored);
    m_critical->setCurrentIndex(m_critical->findData(int(question->critical)));
    m_critical->setEnabled(editable && question->scored);
    const bool ranged = question->type == QuestionType::Rating || question->type == QuestionType::Number;
    m_minimum->setValue(question->minimum.value_or(kNone));
    m_maximum->setValue(question->maximum.value_or(kNone));
    m_minimum->setEnabled(editable && ranged);
    m_maximum->setEnabled(editable && ranged);
    m_unit->setText(question->unit);
    m_unit->setEnabled(editable && question->type == QuestionType::Number);
    const bool scale = question->type == QuestionType::Rating || question->type == QuestionType::Nps;
    m_lowLabel->setText(question->lowLabel.value(language));
    m_highLabel->setText(question->highLabel.value(language));
    m_lowLabel->setEnabled(editable && scale);
    m_highLabel->setEnabled(editable && scale);

    const bool choices = QuestionTypes::hasOptions(question->type);
    m_options->setRowCount(0);
    Question withOptions = *question;
    withOptions.ensureYesNoOptions();
    for (const QuestionOption& option : withOptions.options) {
        const int row = m_options->rowCount();
        m_options->insertRow(row);
        m_options->setItem(row, 0, new QTableWidgetItem(option.code));
        m_options->setItem(row, 1, new QTableWidgetItem(option.label.value(language, option.label.value(questionnaire.sourceLanguage))));
        m_options->setItem(row, 2, new QTableWidgetItem(option.isNa ? tr("N/A") : option.points ? QLocale().toString(*option.points) : QString()));
        if (option.isNa || question->type == QuestionType::YesNo)
            m_options->item(row, 0)->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (option.isNa)
            m_options->item(row, 2)->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    }
    m_options->setVisible(choices);
    m_optionsLabel->setVisible(choices);
    m_addOption->setVisible(choices && question->type != QuestionType::YesNo);
    m_removeOption->setVisible(choices && question->type != QuestionType::YesNo);
    m_options->setEditTriggers(editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                              | QAbstractItemView::AnyKeyPressed
                                        : QAbstractItemView::NoEditTriggers);
    m_showIf->setContext(questionnaire, code, question->showIf, editable);
    m_commentIf->setContext(questionnaire, code, question->commentIf, editable);
    for (QWidget* widget : {static_cast<QWidget*>(m_codeEdit), static_cast<QWidget*>(m_type), static_cast<QWidget*>(m_mandatory),
                            static_cast<QWidget*>(m_allowNa), static_cast<QWidget*>(m_addOption),
                            static_cast<QWidget*>(m_removeOption)})
        widget->setEnabled(editable);
    m_text->setReadOnly(!editable);
    m_help->setReadOnly(!editable);
    m_loading = false;
}
