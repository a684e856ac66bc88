import type { Lexicon } from "./types";

// Brazilian and European Portuguese both: "avaliação" is a review and also an assessment
// ("a sua solicitação foi avaliada", "avaliação técnica"), so OTHER_SENSE words take the review
// sense away.
export const pt: Lexicon = {
  language: "pt",
  spaced: true,
  concepts: {
    REVIEW: [
      "avaliação", "avaliações", "avaliar", "avalie", "resenha", "comentário", "opinião", "opiniões", "estrela", "estrelas", "feedback", "classificação",
      "depoimento", "review",
    ],
    OPINION: [
      "experiência", "impressão", "impressões", "o que achou", "o que você achou", "o que acha", "como foi", "sua percepção", "seu parecer", "retorno",
      "algumas linhas", "umas linhas", "umas palavras", "algumas palavras", "o que achou", "o que você achou", "o que você pensa",
    ],
    REVIEW_PLACE: [
      "amazon", "página do produto", "página do anúncio", "anúncio", "outros clientes", "outros compradores", "futuros compradores", "públic*", "comunidade",
    ],
    HONEST: ["honest*", "sincer*", "imparcia*"],
    OTHER_SENSE: [
      "devolução", "devolvid*", "inspeção", "inspecionar", "análise", "analisad*", "analisar", "verificação", "vistoria", "reclamação", "solicitação",
      "pedido de", "chamado", "protocolo", "garantia", "técnic*", "laudo", "perícia", "relatório", "dano*", "danificad*", "foto*", "nota fiscal", "fatura",
      "arte", "prova", "endereço", "transportadora", "armazém", "segurança", "risco*", "document*", "formulário", "energética", "crédito", "foi avaliad*",
      "será avaliad*", "sendo avaliad*", "avaliad* pela", "avaliad* pelo", "avaliação técnica", "fonte", "gravação", "prévia", "layout", "aprovação", "arte"],
    REQUEST: [
      "por favor", "pedimos", "deixar", "deixe", "deixa", "escrever", "escreva", "publicar", "publique", "compartilhar", "compartilhe", "partilhar",
      "partilhe", "dar", "conte-nos", "diga-nos", "nos conte", "nos diga", "poderia", "pode", "você poderia", "se importaria", "gostaríamos", "adoraríamos",
      "ficaríamos", "agradeceríamos", "agradecid*", "grat*", "convidamos", "incentivamos", "um momento", "alguns minutos", "por que não", "esperamos",
      "ajude-nos", "nos ajude", "ajudar", "ler", "não se esqueça", "não esqueça", "lembre-se", "significaria muito", "nos ajudaria muito",
    ],
    POSITIVE: [
      "positiv*", "boa", "bom", "ótim*", "excelente*", "favoráve*", "perfeit*", "melhor*", "incríve*", "fantástic*", "alta", "alto", "máxim*", "elogi*",
      "maravilhos*",
    ],
    TOP_RATING: ["5 estrelas", "cinco estrelas", "5/5", "5 de 5", "cinco de cinco", "nota máxima", "nota 10", "avaliação máxima", "todas as estrelas", "10/10"],
    NEGATIVE: ["negativ*", "ruim", "=má", "mau", "crític*", "insatisfeit*", "decepcionad*", "neutr*", "1 estrela", "uma estrela", "baixa", "baixo", "menos de"],
    EITHER: [
      "seja .. ou", "positiva ou negativa", "positivo ou negativo", "boa ou ruim", "boa ou má", "qualquer", "independentemente", "independente", "não importa",
    ],
    SATISFIED: [
      "satisfeit*", "content*", "feliz", "felizes", "=gostou", "=gostado", "=gostar", "=goste", "=adorou", "=curtiu", "correspondeu", "encantad*",
      "expectativas", "boa experiência", "experiência positiva", "!felizes em ajudar", "!satisfação em ajudar",
    ],
    CONDITION: ["se", "caso", "desde que", "contanto que", "somente se", "só se", "apenas se", "=só", "apenas", "somente"],
    SELF: ["nós", "eu", "nos", "noss*", "me"],
    INCENTIVE: [
      "reembolso*", "reembolsar", "reembolsamos", "reembolsaremos", "devolvemos o valor", "devolução do valor", "cartão presente", "cartão-presente",
      "vale-presente", "vale presente", "vale-compras", "cupom", "cupons", "cupão", "grátis", "gratuit*", "de graça", "sem custo", "desconto*", "dinheiro",
      "compensação", "compensar", "recompensa*", "brinde*", "sorteio*", "concurso*", "prêmio*", "prémio*", "bônus", "bónus", "cashback", "amostra*",
      "!devolução gratuita", "pequena surpresa", "surpresa", "mimo", "lembrancinha", "pequeno presente", "de presente", "devolvemos", "devolver .. valor",
      "estorno*", "estornar", "crédito", "saldo", "algo especial", "um mimo",
    ],
    EXCHANGE: [
      "em troca", "como agradecimento", "em agradecimento", "para agradecer", "receberá", "receber", "ganhará", "ganhar", "obter", "enviaremos",
      "vamos enviar", "pela sua avaliação", "por uma avaliação", "por deixar", "assim que", "depois de", "após", "participar", "concorrer",
    ],
    REMEDY: [
      "substituição", "substituir", "troca do produto", "troca", "reparo", "reparação", "consertar", "reenvio", "etiqueta de devolução", "defeituos*",
      "com defeito", "quebrad*", "danificad*", "faltando", "desculp*", "lamentamos", "transtorno*", "incómodo", "incômodo", "atraso*", "reembolso parcial",
      "!em troca",
    ],
    MARKETING: [
      "código* de desconto", "código* promocion*", "cupom de desconto", "cupom", "cupão", "newsletter", "inscreva-se", "assine", "siga-nos", "nos siga",
      "sorteio*", "concurso*", "nova coleção", "novidades", "lançamento*", "promoção relâmpago", "liquidação", "saldos", "black friday", "oferta* exclusiva*",
      "oferta* especia*", "tempo limitado", "por tempo limitado", "programa de fidelidade", "vip", "próxima compra", "próximo pedido", "promoção", "promoções",
      "promo", "brinde", "amostra grátis", "nova .. coleção", "nova .. colecção", "preço de lançamento", "acabamos de lançar", "nova geração",
      "segunda geração", "novo modelo", "você também vai gostar", "também vai gostar", "também vendemos", "cliente fiel", "clientes fiéis", "ofertas em",
      "nossas ofertas", "nosso último", "nossos últimos", "complete sua coleção", "complete o kit",
    ],
    OWN_SHOP: [
      "nossa .. loja", "nosso .. site", "nosso catálogo", "nossa coleção", "nossos outros produtos", "nossos produtos", "outros produtos", "nosso instagram",
      "nosso facebook", "nossa marca", "nossa linha", "nosso blog*", "nosso canal", "facebook", "instagram", "tiktok", "youtube", "pinterest",
      "nossa .. coleção",
    ],
    VISIT: [
      "visite", "visitar", "conheça", "conhecer", "descubra", "descobrir", "confira", "conferir", "dê uma olhada", "explore", "siga", "nos encontre", "acesse",
      "aceda", "disponíve*",
    ],
    BEFORE: ["primeiro", "antes", "antes de", "previamente", "em vez de", "ao invés de"],
    CHANGE: [
      "alterar", "altere", "alteração", "atualizar", "atualize", "atualização", "actualizar", "remover", "remova", "excluir", "exclua", "apagar", "apague",
      "retirar", "mudar", "mude", "reconsiderar", "reconsidere", "=rever", "reveja", "editar", "corrigir", "aumentar", "melhorar sua", "reavaliar", "reflita",
      "reflete", "refletir", "dar outra olhada", "outra olhada", "rever", "reveja",
    ],
    EXISTING: [
      "existente*", "anterior*", "original*", "atual*", "já", "deixou", "publicou", "escreveu", "não .. mais", "agora que", "resolvid*", "solucionad*",
      "na época", "que deixou", "que escreveu",
    ],
    REMINDER: [
      "lembrete*", "lembrar", "lembrá-lo", "lembrá-la", "relembrar", "gostaríamos de lembrar", "acompanhamento", "segunda solicitação",
      "nossa mensagem anterior", "nossa última mensagem", "sem resposta", "como já", "já pedimos", "já escrevemos", "última chance", "última oportunidade",
      "semana passada", "tínhamos escrito", "primeira mensagem", "passou despercebid*", "tenha passado", "uma última vez", "continua ativo",
      "ainda está ativo", "já escrevemos", "já lhe escrevemos", "enviamos uma mensagem", "mandamos uma mensagem", "voltamos a escrever",
      "voltamos a entrar em contato", "ainda não recebemos", "ainda não deixou", "o link continua", "continua abaixo",
    ],
    AGAIN: ["=novamente", "de novo", "mais uma vez", "outra vez"],
    OPT_OUT: [
      "cancelar a inscrição", "cancelar inscrição", "descadastrar", "descadastre", "descadastro", "desinscrever", "não receber mais", "deixar de receber",
      "lista de e-mails", "preferências de comunicação", "opt out",
    ],
    MESSAGES: ["mensage*", "e-mail*", "email*", "notificaç*", "sms", "comunicaç*", "contatad*"],
    REFUSE: ["não .. mais", "não deseja", "não quer", "deixar de", "parar de", "prefere não"],
    REPLY: ["responda", "responder", "resposta", "envie", "enviar", "escreva", "digite", "mande"],
    MESSENGER: ["whatsapp*", "zap", "telegram", "viber", "wechat", "skype", "signal app", "messenger", "imessage", "snapchat", "mensagem direta", "direct"],
    PHONE: ["telefone*", "ligação", "ligue", "ligar", "celular", "telemóvel", "central de atendimento", "sms", "=tel", "fixo"],
    CONTACT: ["contat*", "contact*", "fale conosco", "escreva-nos", "nos escreva", "ligue para nós", "entre em contato", "avise-nos", "nos avise"],
    IF_SO: ["se for o caso", "nesse caso", "se sim", "caso tenha", "se foi assim"],
    NOT: ["=não", "nem", "nunca", "nenhum*"],
    AMAZON: ["amazon"],
    THIRD_PARTY: ["transportadora*", "transportador*", "correios", "ctt", "logística", "fabricante*", "produtor*", "dhl", "ups"],
    DISCOUNT: ["desconto*", "promoç*", "economi*", "off"],
    TRACKING: [
      "rastreamento", "rastreio", "código de rastreio", "envio", "referência", "número do pedido", "nota fiscal", "número de série", "chave", "licença",
      "código", "iban", "pix", "código de rastreamento", "número de rastreio",
    ],
    SHIPPED: [
      "enviado", "enviada", "despachado", "a caminho", "saiu do nosso", "entregue à transportadora", "em trânsito", "entregue", "chegar", "chegará",
      "embalado", "rastreamento", "rastreio", "confirmamos", "foi recebido", "em processamento", "recebemos seu pedido", "recebemos o seu pedido",
      "em preparação", "sendo preparado",
    ],
    HELP: ["dúvida*", "pergunta*", "ajuda", "ajudar", "à disposição", "à sua disposição", "não hesite", "fale conosco", "estamos aqui"],
    WELLWISH: [
      "aproveite", "bom dia", "ótimo dia", "boas compras", "esperamos", "garantir", "tudo certo", "tudo bem", "chegou bem", "obrigado pela compra",
      "obrigado por escolher", "nada a fazer", "só queríamos", "queríamos informar", "parabéns"],
    ASK: [
      "confirmar", "confirme", "escolher", "escolha", "selecione", "envie-nos", "nos envie", "informe", "indique", "responda", "qual", "se preferir",
      "preencha", "agendar", "agendamento", "anex*", "tamanho", "cor", "gravação", "andar", "ativar", "ativação", "instruções", "instalar", "segurança",
      "aviso", "cancel*", "reembols*", "devolução", "substituição", "atraso", "esgotad*", "indisponível", "problema", "danificad*", "falta", "lamentamos",
      "desculp*", "=precisamos", "é necessário", "precisa do seu", "precisa de seu", "seu telefone", "número de telefone", "adicione*", "garantia",
      "nota fiscal", "fatura*", "recibo", "técnico", "instalação", "prévia", "arte", "licença", "fabricante",
    ],
    CANCEL_BY_BUYER: [
      "solicite o cancelamento", "solicitar o cancelamento", "pedido de cancelamento", "cancele o pedido", "você mesmo cancele", "peça o cancelamento",
      "pedir o cancelamento", "cancelar .. na sua conta", "cancelar .. do seu lado", "cancelar .. da sua parte"],
    PAY_OFF_AMAZON: ["pix", "chave pix", "paypal", "transferência bancária", "mb way", "mbway", "iban", "dados bancários", "ted", "boleto"],
    TRIED: ["testado", "experimentado", "usado", "utilizado", "alguns dias", "algumas semanas", "em uso", "um tempo", "usar por"],
    RECOMMEND: ["recomendamos", "recomendar", "sugerimos", "não perca"],
    OURS: ["noss*"],
    WITHOUT: ["sem"],
    HAPPY_BUYERS: ["clientes satisfeitos", "clientes felizes", "compradores satisfeitos"],
    THANKS: ["obrigad*", "agradecemos", "agradecer", "agradecimento*"],
  },
};
