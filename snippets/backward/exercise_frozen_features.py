import torch

torch.manual_seed(0)

backbone = torch.nn.Linear(3, 3)
head = torch.nn.Linear(3, 1)
x, y = torch.randn(4, 3), torch.randn(4, 1)

for mode in [torch.no_grad, torch.inference_mode]:
    with mode():
        features = backbone(x)
    head.zero_grad()
    line = "head(features)"
    try:
        prediction = head(features)
        line = "loss.backward()"
        torch.nn.functional.mse_loss(prediction, y).backward()
        print(f"{mode.__name__}(): works, head.bias.grad = {head.bias.grad}")
    except RuntimeError as e:
        print(f"{mode.__name__}(): {line} raised {type(e).__name__}: {str(e).split('. ')[0]}.")
