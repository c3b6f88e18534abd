import torch

torch.manual_seed(0)

x, y = torch.randn(16, 3) * 2 + 1, torch.randn(16, 1)
loss_fn = torch.nn.MSELoss()
k = 4


def after_one_pass(accumulate, norm=torch.nn.BatchNorm1d):
    torch.manual_seed(1)
    model = torch.nn.Sequential(torch.nn.Linear(3, 8), norm(8), torch.nn.Linear(8, 1))
    if accumulate:
        for xb, yb in zip(x.chunk(k), y.chunk(k), strict=True):
            (loss_fn(model(xb), yb) / k).backward()  # (1)!
    else:
        loss_fn(model(x), y).backward()
    return model[0].weight.grad, model[1]


big_grad, big_bn = after_one_pass(accumulate=False)
acc_grad, acc_bn = after_one_pass(accumulate=True)
print("first layer gradient allclose:", torch.allclose(big_grad, acc_grad))
print(f"max abs gradient difference:  {(big_grad - acc_grad).abs().max():.4f}")
print("running_mean, batch of 16:   ", [round(v, 4) for v in big_bn.running_mean[:3].tolist()])
print("running_mean, 4 x 4:         ", [round(v, 4) for v in acc_bn.running_mean[:3].tolist()])
tracked = [bn.num_batches_tracked.item() for bn in (big_bn, acc_bn)]  # (2)!
print("num_batches_tracked:", tracked[0], "vs", tracked[1])

big_grad, _ = after_one_pass(accumulate=False, norm=torch.nn.LayerNorm)  # (3)!
acc_grad, _ = after_one_pass(accumulate=True, norm=torch.nn.LayerNorm)
print("with LayerNorm, first layer gradient allclose:", torch.allclose(big_grad, acc_grad))
