// 快速上手: a short guide to the work, reachable from every screen (the side bar's 快速上手 button,
// or F1). Each step names the screen it happens on, with a button that goes there.
import { Button, Drawer, Steps, Typography } from 'antd';
import { useEffect } from 'react';

import { t } from '../../i18n';
import { type PageKey, useUiStore } from '../../stores/ui-store';

type Step = { title: string; text: string; page: PageKey };

const steps = (): Step[] => [
  {
    title: t('1. 导入政策文件或评分细则'),
    text: t('在“政策文件”中导入任务清单（Word、PDF、Excel、文本），核对导入结果后保存；在“指标体系”中导入评分细则。'),
    page: 'documents',
  },
  { title: t('2. 添加被评价单位'), text: t('在“被评价单位”中添加，也可以在新建评价时直接添加。'), page: 'units' },
  {
    title: t('3. 逐项打分'),
    text: t(
      '“评价批次”的清单视图：按 1–4 选落实情况，0 改回未评。逐单位评分：输入得分、次数或测得值；输入有误时单元格下方会说明原因，原有数据不变。',
    ),
    page: 'evaluation',
  },
  {
    title: t('4. 总览表像 Excel 一样录入'),
    text: t('在“评价批次”的总览表中选中单元格直接输入；Enter 确认并下移，Tab 右移，Esc 取消，F2 修改。可切换显示得分或填写值。'),
    page: 'evaluation',
  },
  {
    title: t('5. 交换与导出'),
    text: t('导出评价包交给其他评价员，或生成填报表给没有本软件的单位；收回后逐格校验再导入。导出 Excel 评分表和 Word 报告。'),
    page: 'evaluation',
  },
  { title: t('6. 整改台账与备份'), text: t('发现的问题记入“整改台账”跟踪到销号；“备份与恢复”中随时备份。'), page: 'ledger' },
];

type Props = { open: boolean; onClose: () => void; onOpen: () => void };

/** The guide as a drawer over the current screen; F1 opens it anywhere. */
export function QuickStart({ open, onClose, onOpen }: Props) {
  const showPage = useUiStore((state) => state.showPage);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F1') return;
      event.preventDefault();
      onOpen();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onOpen]);
  return (
    <Drawer open={open} onClose={onClose} title={t('快速上手')} size={440} data-testid="quick-start">
      <Typography.Paragraph type="secondary">
        {t('考评帮助您把政策文件变成任务清单，离线逐项打分，计算落实率和排名，导出评分表和整改报告。所有数据只保存在本机。')}
      </Typography.Paragraph>
      <Steps
        direction="vertical"
        size="small"
        current={-1}
        items={steps().map((step) => ({
          title: step.title,
          description: (
            <>
              <Typography.Paragraph style={{ marginBottom: 4 }}>{step.text}</Typography.Paragraph>
              <Button
                size="small"
                type="link"
                style={{ padding: 0 }}
                onClick={() => {
                  showPage(step.page);
                  onClose();
                }}
              >
                {t('前往')}
              </Button>
            </>
          ),
        }))}
      />
      <Typography.Paragraph type="secondary">{t('随时按 Ctrl+K 搜索文件、举措、指标和单位；按 F1 打开本指南。')}</Typography.Paragraph>
    </Drawer>
  );
}
