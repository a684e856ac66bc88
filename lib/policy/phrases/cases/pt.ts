import type { LanguageCases } from "./types";

export const pt: LanguageCases = {
  "content.marketing": {
    hits: [
      "Use o cupom VERAO10 e ganhe 10% de desconto na próxima compra.",
      "Enquanto isso, visite nossa loja na Amazon e conheça nossas novidades.",
      "Assine nossa newsletter e siga-nos no Instagram.",
    ],
    clean: [
      "O desconto mostrado na página do produto foi aplicado automaticamente pela Amazon.",
      "Nosso depósito fecha aos domingos, por isso o pacote sai na segunda-feira.",
      "O código impresso na etiqueta é o número do lote da sua garrafa.",
    ],
  },
  "content.review-incentive": {
    hits: [
      "Deixe uma avaliação e enviaremos um vale-presente de 50 reais.",
      "Pela sua avaliação sincera, reembolsamos o valor total.",
      "Em troca da sua opinião, você recebe um produto grátis.",
    ],
    clean: [
      { text: "Fizemos o reembolso integral da garrafa devolvida.", purpose: "return-followup" },
      { text: "O frete é grátis porque o pedido passou de 100 reais.", purpose: "delivery-scheduling" },
      { text: "Vamos incluir no pacote a mensagem de presente que você escreveu.", purpose: "order-details" },
    ],
  },
  "content.review-bias": {
    hits: [
      "Se você ficou satisfeito com a compra, deixe uma avaliação.",
      "Ficaríamos muito felizes com uma avaliação de 5 estrelas.",
      "Fale conosco primeiro, antes de deixar uma avaliação negativa.",
    ],
    clean: [
      "Agradeceríamos se você deixasse uma avaliação sincera da sua compra.",
      "Compartilhe sua experiência com outros compradores em uma avaliação na Amazon.",
      { text: "Se você não ficou satisfeito com a prova da gravação, responda com o texto desejado.", purpose: "customization" },
    ],
  },
  "content.review-change": {
    hits: [
      "Agora que a peça de reposição chegou, você poderia alterar sua avaliação?",
      "Agradeceríamos se você removesse o comentário negativo que deixou.",
      "Você poderia atualizar sua opinião, já que o problema foi resolvido?",
    ],
    clean: [
      "Alteramos o endereço de entrega conforme solicitado.",
      "Por favor, revise a nota fiscal anexa e o endereço de cobrança.",
      "Removemos o item com defeito do seu pedido e ajustamos o valor.",
    ],
  },
  "content.review-repeat": {
    hits: [
      "Um lembrete: você ainda pode deixar uma avaliação da sua compra.",
      "Vimos que você ainda não teve tempo de deixar sua avaliação.",
      "Pedimos novamente sua opinião, pois nossa mensagem anterior ficou sem resposta.",
    ],
    clean: [
      { text: "Lembrete: a entrega está agendada para terça-feira entre 8 e 12 horas.", purpose: "delivery-scheduling" },
      { text: "Observe que a gravação pode ter no máximo 20 caracteres.", purpose: "customization" },
      "Se tiver um momento, deixe uma avaliação da sua compra na Amazon.",
    ],
  },
  "content.opt-out": {
    hits: [
      "Para cancelar a inscrição nestas mensagens, responda PARAR.",
      "Se não deseja mais receber nossas mensagens, nos informe.",
      "Clique aqui para deixar de receber nossos e-mails.",
    ],
    clean: [
      "Sua caixa de assinatura está pronta e sai do nosso depósito amanhã.",
      "O horário do ponto de retirada está no aviso de entrega.",
      "Você pode interromper o fluxo de água girando a tampa.",
    ],
  },
  "content.review-outside-purpose": {
    hits: [
      "Pedido {{order_id}}: confirme a cor, por favor. Também agradeceríamos uma avaliação na Amazon.",
      "Pedido {{order_id}}: poderia avaliar o produto quando ele chegar?",
      "Pedido {{order_id}}: a tampa segue amanhã; depois, deixe sua opinião na página do produto.",
    ],
    clean: [
      "Pedido {{order_id}}: confira a nota fiscal em anexo.",
      "Pedido {{order_id}}: sua solicitação de garantia foi avaliada pela equipe técnica.",
      "Pedido {{order_id}}: a avaliação técnica do produto devolvido foi concluída.",
    ],
  },
  "content.only-thanks": {
    hits: [
      "Olá {{buyer_name}},\n\nmuito obrigado pelo seu pedido {{order_id}}!\n\nAtenciosamente,\n{{seller_name}}",
      "Obrigado pela sua compra, pedido {{order_id}}. Aproveite!",
      "Prezada cliente, agradecemos o seu pedido {{order_id}}. Tenha um ótimo dia!",
    ],
    clean: [
      "Obrigado pelo pedido {{order_id}}. Qual cor de tampa devemos montar, azul ou cinza?",
      "Obrigado pelo pedido {{order_id}}. Para a gravação precisamos das suas iniciais; responda com elas, por favor.",
      "Obrigado pela paciência com o pedido {{order_id}}: a garrafa está esgotada e reembolsamos o valor total.",
    ],
  },
  "content.only-help-offer": {
    hits: [
      "Pedido {{order_id}}: se tiver alguma dúvida, não hesite em nos contatar.",
      "Sobre o seu pedido {{order_id}}, estamos à sua disposição.",
      "Prezada cliente, em caso de dúvidas sobre o pedido {{order_id}}, fale conosco.",
    ],
    clean: [
      "Pedido {{order_id}}: o tamanho escolhido esgotou. Podemos enviar o tamanho M no lugar?",
      "Pedido {{order_id}}: precisamos saber o andar para entregar o armário. Em caso de dúvidas, fale conosco.",
      "Pedido {{order_id}}: envie uma foto da peça danificada para enviarmos a peça de reposição correta.",
    ],
  },
  "content.only-confirmation": {
    hits: [
      "Boas notícias: seu pedido {{order_id}} foi enviado e deve chegar em 3 dias.",
      "Recebemos o seu pedido {{order_id}} e ele está sendo preparado.",
      "O pacote do pedido {{order_id}} está a caminho. Código de rastreio: BR123456789BR.",
    ],
    clean: [
      "Seu pedido {{order_id}} foi enviado, mas a tampa seguirá separadamente na próxima semana porque estava esgotada.",
      "Pedido {{order_id}}: a transportadora precisa do seu telefone para entregar o sofá; adicione-o na sua conta.",
      "Antes de enviar o pedido {{order_id}}, confirme o texto da gravação, por favor.",
    ],
  },
  "structure.review-request-missing": {
    hits: [
      "Obrigado pelo pedido {{order_id}}. Esperamos que a garrafa mantenha suas bebidas geladas durante todo o verão.",
      "Pedido {{order_id}}: esperamos que tudo tenha chegado bem e que você goste da nova garrafa.",
      "Prezada cliente, seu pedido {{order_id}} foi entregue há uma semana. Aproveite sua garrafa!",
    ],
    clean: [
      "Pedido {{order_id}}: você poderia reservar um momento para deixar uma avaliação do produto na Amazon?",
      "Pedido {{order_id}}: sua opinião sincera na Amazon seria muito útil para nós.",
      "Pedido {{order_id}}: avalie sua compra escrevendo um comentário na Amazon.",
    ],
  },
};
