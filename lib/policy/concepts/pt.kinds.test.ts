/**
 * The Portuguese lexicon by kind of expression: each case is a sentence written for this test (never
 * an evaluation message), violations in several phrasings and registers, and innocent near-misses
 * that must pass (a remedy, a reference number, a delivery date "last week", a warranty repair).
 */
import { describe, expect, it } from "vitest";
import { checkVariant } from "../engine";
import type { PurposeId } from "../purposes";

/** Error findings of the content, contact and link rules (the order-ID and spelling checks aside). */
async function errors(locale: string, purpose: PurposeId, text: string): Promise<string[]> {
  const result = await checkVariant({ purpose, locale, subject: "", text }, { only: "cheap" });
  return result.findings.filter((f) => f.severity === "error" && !/^(structure|language)\./.test(f.ruleId)).map((f) => f.ruleId);
}

/** "+" must be blocked (by a rule starting with the given id when one is named), "-" must pass. */
type Case = [expect: string, locale: string, purpose: PurposeId, text: string];

describe("Hindi idioms for bias, incentives and purposeless messages; 'whoever is happy' in every language", () => {
  const cases: Case[] = [
    ["+", "pt-BR", "review-request", "Olá {{buyer_name}}, quem ficou satisfeito com o pedido {{order_id}}, deixe sua avaliação na Amazon."],
    ["-", "pt-BR", "review-request", "Olá {{buyer_name}}, as avaliações de quem já usou o produto ajudam outros compradores. Se puder, deixe a sua na Amazon, seja ela qual for."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("common words that once ran into lexicon stems (importante, nueva, pruebe, danos, informamos, envíenos)", () => {
  const cases: Case[] = [
    ["-", "pt-BR", "review-request", "Olá {{buyer_name}}, ficaríamos gratos se você deixasse sua avaliação sincera do pedido {{order_id}} na Amazon, seja ela qual for."],
    ["-", "pt-BR", "order-details", "Olá {{buyer_name}}, por favor, confirme o endereço de entrega do pedido {{order_id}}: falta o número do apartamento."],
    ["-", "pt-BR", "delivery-scheduling", "Olá {{buyer_name}}, qual é o melhor dia para a entrega do pedido {{order_id}}? A entrega requer assinatura de quem receber."],
    ["-", "pt-BR", "return-followup", "Olá {{buyer_name}}, recebemos a devolução do pedido {{order_id}}; o saldo será estornado no seu cartão em até 5 dias."],
    ["-", "pt-BR", "warranty", "Olá {{buyer_name}}, a garantia do produto do pedido {{order_id}} é de 12 meses. Para acioná-la, procure a assistência técnica do fabricante."],
    ["-", "pt-BR", "review-request", "Olá {{buyer_name}}, esperamos que esteja feliz em casa com o pedido {{order_id}}. Se puder, deixe sua avaliação sincera na Amazon, seja ela qual for."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("value, 'corresponds', 'next buyer', 'leave your comments' are not review words; production notes; Hinglish", () => {
  const cases: Case[] = [
    ["-", "pt-BR", "review-request", "Olá {{buyer_name}}, quem compra livro usado quer saber se o exemplar corresponde ao estado anunciado. Se puder, deixe uma avaliação do pedido {{order_id}} na Amazon; elogio ou crítica, toda opinião ajuda."],
    ["+content.only-", "pt-BR", "customization", "Oi {{buyer_name}}!\n\nSó passando para contar que a sua caneca do pedido {{order_id}} já entrou em produção. A arte ficou linda!\n\nQualquer coisa, estamos por aqui.\n{{seller_name}}"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("traps: risky words in compliant messages (samples, Amazon's discount, licence keys, free repairs, gift messages)", () => {
  const cases: Case[] = [
    ["-", "pt-BR", "customization", "Olá {{buyer_name}}, segue a prévia da arte da caneca do pedido {{order_id}}. Pode revisar a grafia do nome e responder com OK ou com a correção?"],
    ["-", "pt-BR", "order-problem", "Olá {{buyer_name}}, o item do pedido {{order_id}} chegou com defeito. Vamos enviar um novo sem custo e não é preciso devolver o anterior. Pedimos desculpas pelo transtorno."],
    ["-", "pt-BR", "digital-access-key", "Olá {{buyer_name}}, sua chave de ativação do pedido {{order_id}} é XYZ-123-ABC. Esse código não é um cupom de desconto; basta inseri-lo no aplicativo."],
    ["-", "pt-PT", "buyer-reply", "Olá {{buyer_name}}, sim, a encomenda {{order_id}} pode seguir como presente, com a sua mensagem num cartão e sem fatura na caixa."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("purposeless messages (status news, thanks, vague help) and messages that ask something", () => {
  const cases: Case[] = [
    ["+content.only-", "pt-BR", "delivery-scheduling", "Oi, {{buyer_name}}!\n\nSó passando para avisar que o seu pedido {{order_id}} já foi despachado e está a caminho.\n\nNão precisa fazer nada.\n\nAbraços,\n{{seller_name}}"],
    ["+content.only-", "pt-BR", "order-details", "Olá, {{buyer_name}},\n\nConfirmamos que recebemos o seu pedido {{order_id}} e ele já está sendo separado.\n\nObrigado pela preferência!\n{{seller_name}}"],
    ["+content.only-", "pt-PT", "order-details", "Caro(a) {{buyer_name}},\n\nVimos por este meio informar que a sua encomenda {{order_id}} foi expedida hoje.\n\nEstamos ao dispor para qualquer esclarecimento.\n\nCumprimentos,\n{{seller_name}}"],
    ["+content.only-", "pt-BR", "warranty", "Olá, {{buyer_name}},\n\nMuito obrigado por comprar conosco (pedido {{order_id}})! Qualquer coisa, é só chamar.\n\nAtenciosamente,\n{{seller_name}}"],
    ["+content.only-", "pt-BR", "delivery-scheduling", "Oi {{buyer_name}},\n\nTudo bem? Queríamos só dar um alô: o pedido {{order_id}} segue dentro do prazo e deve chegar em breve.\n\nAbraços,\n{{seller_name}}"],
    ["-", "pt-BR", "order-details", "Olá, {{buyer_name}},\n\nPara finalizar o pedido {{order_id}}, precisamos que você informe a cor desejada.\n\nObrigado,\n{{seller_name}}"],
    ["-", "pt-BR", "delivery-scheduling", "Olá, {{buyer_name}},\n\nO seu sofá (pedido {{order_id}}) está pronto para entrega. Qual dia da próxima semana é melhor para você?\n\nAtenciosamente,\n{{seller_name}}"],
    ["-", "pt-PT", "order-details", "Olá {{buyer_name}},\n\nPoderia confirmar a morada de entrega da encomenda {{order_id}}? Falta o número da porta.\n\nObrigado,\n{{seller_name}}"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("whole-range and loyal-customer words without a discount are no marketing", () => {
  const cases: Case[] = [
    ["-", "pt-BR", "order-details", "Olá {{buyer_name}}, toda a loja agradece a sua compra! Qual cor você prefere para o pedido {{order_id}}?"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("'what you wrote about us' is the review; Italian thanks-only", () => {
  const cases: Case[] = [
    ["+content.review-change", "pt-BR", "buyer-reply", "Olá {{buyer_name}}, agora que está tudo resolvido, você poderia atualizar o que escreveu sobre nós na Amazon?"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("review incentives however they are worded", () => {
  const cases: Case[] = [
    ["+content.review-incentive", "pt-BR", "review-request", "Oi {{buyer_name}}! Deixe sua avaliação do pedido {{order_id}} na Amazon e, quando estiver publicada, mande um print que a gente te manda um mimo."],
    ["+content.review-incentive", "pt-BR", "review-request", "Olá {{buyer_name}}, quem avaliar o pedido {{order_id}} na Amazon ganha mais seis meses de garantia."],
    ["+content.review-incentive", "pt-BR", "review-request", "Olá {{buyer_name}}, após publicar sua avaliação do pedido {{order_id}}, devolvemos 10% do valor da compra via Pix."],
    ["+content.review-incentive", "pt-PT", "review-request", "Olá {{buyer_name}}, ao deixar a sua opinião sobre a encomenda {{order_id}} na Amazon, recebe um pequeno agradecimento da nossa parte."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("remedies, warranty repairs and neutral requests are no incentive", () => {
  const cases: Case[] = [
    ["-", "pt-BR", "warranty", "Olá {{buyer_name}}, a garantia do produto do pedido {{order_id}} é de 12 meses; o conserto é gratuito nesse período."],
    ["-", "pt-BR", "review-request", "Olá {{buyer_name}}, se tiver um tempinho, conte na Amazon o que achou do pedido {{order_id}}. Toda opinião, positiva ou negativa, é bem-vinda."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("review bias: contact first, conditions on being pleased", () => {
  const cases: Case[] = [
    ["+content.review-bias", "pt-BR", "review-request", "Oi {{buyer_name}}! Se algo deu errado com o pedido {{order_id}}, chama a gente antes de avaliar."],
    ["+content.review-bias", "pt-BR", "review-request", "Oi {{buyer_name}}! Se deu tudo certo com o pedido {{order_id}}, conta pra gente lá na Amazon."],
    ["+content.review-bias", "pt-PT", "review-request", "Olá {{buyer_name}}, se correu tudo bem com a encomenda {{order_id}}, partilhe a sua opinião na Amazon."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("asking to change a review", () => {
  const cases: Case[] = [
    ["+content.review-change", "pt-BR", "buyer-reply", "Olá {{buyer_name}}, agora que o fone novo chegou, você poderia rever a nota que deu para a gente?"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("review requests under another purpose", () => {
  const cases: Case[] = [
    ["+content.review-outside-purpose", "pt-BR", "invoice", "Olá {{buyer_name}}, segue a nota fiscal do pedido {{order_id}}. Aproveitando, que tal contar na Amazon o que achou do produto?"],
    ["+content.review-outside-purpose", "pt-BR", "return-followup", "Olá {{buyer_name}}, o reembolso do pedido {{order_id}} foi feito. Poderia avaliar o nosso atendimento como vendedor?"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("inspections and resolved cases are no review", () => {
  const cases: Case[] = [
    ["-", "pt-BR", "invoice", "Olá {{buyer_name}}, segue a nota fiscal do pedido {{order_id}}. Qualquer dúvida sobre a nota, é só responder."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("marketing: sales seasons, the whole range, don't-miss imperatives", () => {
  const cases: Case[] = [
    ["+content.marketing", "pt-BR", "warranty", "Olá {{buyer_name}}, a garantia do pedido {{order_id}} é de um ano. Aproveite: estamos com 30% off em toda a loja."],
    ["+content.marketing", "pt-BR", "order-details", "Olá {{buyer_name}}, seu pedido {{order_id}} foi separado. Aproveite também a nossa queima de estoque!"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("a delivery 'last week' is no reminder", () => {
  const cases: Case[] = [
    ["-", "pt-BR", "review-request", "Olá {{buyer_name}}, seu pedido {{order_id}} chegou semana passada. Se puder, deixe sua avaliação na Amazon, seja ela qual for."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("reference numbers are not phone numbers", () => {
  const cases: Case[] = [
    ["-", "pt-PT", "invoice", "Olá {{buyer_name}}, segue em anexo a fatura da encomenda {{order_id}}. NIF do vendedor: 501 234 567."],
    ["-", "pt-BR", "invoice", "Olá {{buyer_name}}, segue a nota fiscal do pedido {{order_id}}. CNPJ 12.345.678/0001-90."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("asking the buyer to cancel", () => {
  const cases: Case[] = [
    ["+content.cancellation-request", "pt-BR", "order-problem", "Olá {{buyer_name}}, o produto do pedido {{order_id}} esgotou. Você poderia pedir o cancelamento pela sua conta?"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("words of the new kinds in innocent company", () => {
  const cases: Case[] = [
    ["-", "pt-BR", "buyer-reply", "Olá {{buyer_name}}, para entendermos o erro, pode nos mandar um print da tela do aplicativo?"],
    ["-", "pt-BR", "customization", "Olá {{buyer_name}}, confirmamos a gravação do pedido {{order_id}} e a mensagem de presente que você escreveu para o cartão."],
    ["-", "pt-BR", "invoice", "Olá {{buyer_name}}, segue a nota fiscal do pedido {{order_id}}; a sua nota fiscal também fica disponível na sua conta."],
    ["-", "pt-BR", "review-request", "Olá {{buyer_name}}, esperamos que tenha corrido tudo bem com o pedido {{order_id}}. Quando puder, deixe sua avaliação sincera na Amazon."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("don't-miss and don't-hesitate imperatives are not denials", () => {
  const cases: Case[] = [
    ["+content.marketing", "pt-BR", "order-details", "Olá {{buyer_name}}, seu pedido {{order_id}} foi separado. Não perca a nossa liquidação de inverno!"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("incentives and bias, more wordings (points, draws, upgrades, loans from English)", () => {
  const cases: Case[] = [
    ["+content.review-incentive", "pt-BR", "review-request", "Olá {{buyer_name}}, avalie o pedido {{order_id}} na Amazon e ganhe pontos no nosso programa de fidelidade."],
    ["+content.review-incentive", "pt-BR", "review-request", "Oi {{buyer_name}}! Quem avaliar o pedido {{order_id}} concorre a um kit especial: vamos sortear três entre os avaliadores."],
    ["+content.review-incentive", "pt-BR", "review-request", "Olá {{buyer_name}}, deixe sua avaliação do pedido {{order_id}} e receba um presente surpresa em casa."],
    ["+", "pt-PT", "review-request", "Olá {{buyer_name}}, como forma de agradecimento pela sua avaliação da encomenda {{order_id}}, oferecemos-lhe os portes na próxima encomenda."],
    ["+content.review-incentive", "pt-BR", "review-request", "Olá {{buyer_name}}, quem deixar avaliação do pedido {{order_id}} ganha um upgrade gratuito para a versão premium."],
    ["+content.review-incentive", "pt-BR", "review-request", "Oi {{buyer_name}}, sua avaliação do pedido {{order_id}} vale uma cortesia da nossa parte."],
    ["-", "pt-BR", "return-followup", "Olá {{buyer_name}}, recebemos a devolução do pedido {{order_id}}; o reembolso parcial foi feito e o frete de volta é grátis."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("asking to change a review, more wordings; \"to improve\" is no change", () => {
  const cases: Case[] = [
    ["+", "pt-BR", "buyer-reply", "Olá {{buyer_name}}, já que tudo foi resolvido, você poderia tirar a avaliação negativa que deixou?"],
    ["+", "pt-BR", "buyer-reply", "Oi {{buyer_name}}, agora que a troca chegou, daria para subir umas estrelinhas na sua avaliação?"],
    ["+content.review-change", "pt-PT", "buyer-reply", "Olá {{buyer_name}}, como o problema ficou resolvido, seria possível corrigir a sua opinião na Amazon?"],
    ["-", "pt-BR", "review-request", "Olá {{buyer_name}}, para melhorarmos sempre, sua avaliação sincera na Amazon é muito importante, seja ela qual for."],
    ["-", "pt-BR", "review-request", "Olá {{buyer_name}}, se puder tirar um minutinho para avaliar o pedido {{order_id}} na Amazon, agradecemos, seja qual for a sua opinião."],
    ["-", "pt-BR", "delivery-scheduling", "Olá {{buyer_name}}, qual dia é melhor para receber o pedido {{order_id}}? Avisaremos se houver novidades da transportadora."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("purposeless: thanks, status news, \"you can track it in your account\"", () => {
  const cases: Case[] = [
    ["+content.only-", "pt-BR", "order-details", "Oi {{buyer_name}},\n\nMuito obrigado pelo pedido {{order_id}}! Esperamos que você curta muito a sua nova luminária.\n\nAbraços,\n{{seller_name}}"],
    ["+content.only-", "pt-BR", "delivery-scheduling", "Olá {{buyer_name}},\n\nInformamos que o seu pedido {{order_id}} foi enviado hoje e chega em 2 a 3 dias úteis. Você pode acompanhar pela sua conta da Amazon.\n\nAtenciosamente,\n{{seller_name}}"],
    ["+content.only-", "pt-BR", "order-problem", "Oi {{buyer_name}},\n\nSó queríamos conferir se está tudo certo com o pedido {{order_id}}. Se notar qualquer coisa estranha, é só falar.\n\nAbraços,\n{{seller_name}}"],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});

describe("more idioms: Hindi pleasure and praise, Portuguese and Spanish perks, Italian courtesies", () => {
  const cases: Case[] = [
    ["+content.review-incentive", "pt-BR", "review-request", "Olá {{buyer_name}}, clientes que avaliam o pedido {{order_id}} na Amazon têm vantagens exclusivas na loja."],
    ["+content.review-incentive", "pt-BR", "review-request", "Oi {{buyer_name}}, depois de avaliar o pedido {{order_id}}, vamos te presentear com um produto extra."],
    ["-", "pt-BR", "review-request", "Olá {{buyer_name}}, sua avaliação sincera do pedido {{order_id}} na Amazon é em benefício de outros compradores, seja ela qual for."],
  ];
  for (const [expected, locale, purpose, text] of cases) {
    it(`${expected} ${purpose}: ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const found = await errors(locale, purpose, text);
      if (expected === "-") expect(found).toEqual([]);
      else if (expected === "+") expect(found.length).toBeGreaterThan(0);
      else expect(found.some((id) => id.startsWith(expected.slice(1)))).toBe(true);
    });
  }
});
