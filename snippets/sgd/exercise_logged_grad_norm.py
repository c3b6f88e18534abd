import torch

torch.manual_seed(0)

for foreach in (False, True):
    w = torch.nn.Parameter(torch.zeros(4))
    optimizer = torch.optim.SGD([w], lr=0.1, momentum=0.9, nesterov=True, foreach=foreach)
    w.grad = torch.ones(4)
    optimizer.step()
    norm = w.grad.norm().item()
    print(
        f"foreach={foreach!s:<5}  w {w[0].item():.2f}  grad norm logged after step(): {norm:.2f}"
    )
