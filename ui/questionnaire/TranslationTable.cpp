#include "TranslationTable.h"

#include "i18n/Translations.h"

#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

TranslationTable::TranslationTable(QWidget* parent)
    : QWidget(parent)
    , m_left(new QComboBox(this))
    , m_right(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, 3, this))
{
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Compare"), this));
    bar->addWidget(m_left);
    bar->addWidget(new QLabel(tr("with"), this));
    bar->addWidget(m_right);
    bar->addStretch();
    bar->addWidget(m_summary);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table);
    connect(m_left, &QComboBox::activated, this, &TranslationTable::fill);
    connect(m_right, &QComboBox::activated, this, &TranslationTable::fill);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_loading || !m_apply || item->column() == 0)
            return;
        const TextRef ref = m_refs[size_t(item->row())];
        const QString language = (item->column() == 1 ? m_left : m_right)->currentData().toString();
        const QString text = item->text();
        m_apply(tr("Translate %1").arg(ref.owner), QStringLiteral("translation/%1/%2/%3/%4").arg(int(ref.kind)).arg(ref.owner, ref.option, language),
                [ref, language, text](Questionnaire& questionnaire, QString*) {
                    if (LocalizedText* target = texts(questionnaire, ref)) {
                        if (text.isEmpty())
                            target->remove(language);
                        else
                            target->insert(language, text);
                    }
                    return true;
                });
    });
}

LocalizedText* TranslationTable::texts(Questionnaire& questionnaire, const TextRef& ref)
{
    if (ref.kind == TextRef::SectionTitle) {
        Section* section = questionnaire.findSection(ref.owner);
        return section ? &section->title : nullptr;
    }
    const auto place = questionnaire.findQuestion(ref.owner);
    if (!place)
        return nullptr;
    Question& question = place->section->questions[place->index];
    switch (ref.kind) {
    case TextRef::QuestionText: return &question.text;
    case TextRef::QuestionHelp: return &question.help;
    case TextRef::OptionLabel:
        question.ensureYesNoOptions();
        for (QuestionOption& option : question.options)
            if (option.code == ref.option)
                return &option.label;
        return nullptr;
    default: return nullptr;
    }
}

void TranslationTable::setQuestionnaire(const Questionnaire& questionnaire, bool editable)
{
    m_questionnaire = questionnaire;
    m_editable = editable;
    const QString left = m_left->currentData().toString();
    const QString right = m_right->currentData().toString();
    m_left->clear();
    m_right->clear();
    for (const QString& code : questionnaire.languages) {
        const QString name = QStringLiteral("%1 (%2)").arg(Translations::nativeName(code), code);
        m_left->addItem(name, code);
        m_right->addItem(name, code);
    }
    m_left->setCurrentIndex(std::max(0, m_left->findData(left.isEmpty() ? questionnaire.sourceLanguage : left)));
    // Compare with another language whenever there is one.
    const QString chosenLeft = m_left->currentData().toString();
    QString target = right;
    if (target.isEmpty() || m_right->findData(target) < 0 || target == chosenLeft)
        for (const QString& code : questionnaire.languages)
            if (code != chosenLeft) {
                target = code;
                break;
            }
    m_right->setCurrentIndex(std::max(0, m_right->findData(target)));
    fill();
}

void TranslationTable::fill()
{
    m_loading = true;
    const QString left = m_left->currentData().toString();
    const QString right = m_right->currentData().toString();
    m_table->setHorizontalHeaderLabels({tr("Text"), m_left->currentText(), m_right->currentText()});
    m_refs.clear();
    m_table->setRowCount(0);
    m_missing = 0;
    auto addRow = [&](const TextRef& ref, const QString& label, const LocalizedText& texts) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_refs.push_back(ref);
        auto* name = new QTableWidgetItem(label);
        name->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, 0, name);
        int column = 1;
        for (const QString& language : {left, right}) {
            auto* item = new QTableWidgetItem(texts.value(language));
            if (!m_editable)
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            if (texts.value(language).trimmed().isEmpty()) {
                item->setBackground(QColor(255, 228, 225));
                item->setToolTip(tr("Missing %1 text").arg(language));
                ++m_missing;
            }
            m_table->setItem(row, column++, item);
        }
    };
    std::function<void(const Section&)> addSection = [&](const Section& section) {
        addRow({TextRef::SectionTitle, section.code, {}}, tr("%1 (section)").arg(section.code), section.title);
        for (const Question& question : section.questions) {
            addRow({TextRef::QuestionText, question.code, {}}, question.code, question.text);
            if (!question.help.isEmpty())
                addRow({TextRef::QuestionHelp, question.code, {}}, tr("%1 help").arg(question.code), question.help);
            if (question.type == QuestionType::Single || question.type == QuestionType::Multiple)
                for (const QuestionOption& option : question.options)
                    addRow({TextRef::OptionLabel, question.code, option.code}, QStringLiteral("%1 · %2").arg(question.code, option.code),
                           option.label);
        }
        for (const Section& child : section.sections)
            addSection(child);
    };
    for (const Section& section : m_questionnaire.sections)
        addSection(section);
    m_table->resizeColumnToContents(0);
    m_summary->setText(m_missing == 0 ? tr("All texts are there") : tr("%n text(s) missing", nullptr, m_missing));
    m_loading = false;
}
